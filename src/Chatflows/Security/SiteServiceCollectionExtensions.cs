using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chatflows.Security;

internal static partial class SiteServiceCollectionExtensions
{
    /// <summary>The site's public address (<c>Chatflows:Site</c>), checked at start.</summary>
    public static IServiceCollection AddChatflowsSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration("Chatflows:Site")
            .Validate(o => SiteOptions.Problem(o.PublicAddress) is null, "Chatflows:Site:PublicAddress is not a site address such as https://www.example.com.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<SiteAddress>();
        services.AddHostedService<SiteAddressCheck>();
        return services;
    }

    /// <summary>Says at start, outside Development, that links would follow the request's Host header.</summary>
    private sealed partial class SiteAddressCheck(SiteAddress address, IHostEnvironment environment, ILogger<SiteAddress> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!address.IsConfigured && !environment.IsDevelopment())
            {
                LogNotSet(logger);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Chatflows:Site:PublicAddress is not set: the embed snippet, .ics invitations and links in mail take the site's address from each request's Host header. Set it to the site's public address, e.g. https://www.example.com")]
        private static partial void LogNotSet(ILogger logger);
    }
}
