using Chatflows.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// Data Protection as a guest: the site's key ring wins. Only when the site configured none are the keys kept in the
/// module's database, so every node reads every cookie. The module's protectors use purposes of their own
/// (its cookie scheme, its stream tokens), never the site's application name, which stays the site's.
/// </summary>
internal sealed partial class ChatflowsDataProtection(IServiceProvider services, ILoggerFactory loggers) : IPostConfigureOptions<KeyManagementOptions>
{
    private readonly ILogger _logger = loggers.CreateLogger<ChatflowsDataProtection>();

    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (options.XmlRepository is { } repository)
        {
            LogSiteKeyRing(_logger, repository.GetType().Name);
            return;
        }

        if (options.XmlEncryptor is not null)
        {
            // An encryptor without a repository is the site's half-made choice; Data Protection itself refuses it.
            return;
        }

        options.XmlRepository = new EntityFrameworkCoreXmlRepository<ChatflowsDbContext>(services, loggers);
        LogModuleKeyRing(_logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection: using the site's key ring ({Repository})")]
    private static partial void LogSiteKeyRing(ILogger logger, string repository);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Data Protection: the site configured no key ring, so keys are kept in the Chatflows database (table DataProtectionKeys)")]
    private static partial void LogModuleKeyRing(ILogger logger);
}
