using Chatflows.Contacts;
using Chatflows.Visitors.OpenApi;
using Chatflows.Visitors.Identification;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

internal static class VisitorServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsVisitors(this IServiceCollection services)
    {
        services.AddOptions<IdentificationOptions>().BindConfiguration("Chatflows:Identification")
            .Validate(o => string.IsNullOrEmpty(o.Secret) || o.Secret.Length >= IdentificationOptions.MinSecretLength,
                $"Chatflows:Identification:Secret must be at least {IdentificationOptions.MinSecretLength} characters: a short secret can be guessed offline from one token.")
            .ValidateOnStart();
        services.AddSingleton<IdentityTokenUses>();
        services.AddOptions<PageAddressOptions>().BindConfiguration("Chatflows:PageAddress");
        services.AddSingleton<IdentityTokenVerifier>();
        services.AddScoped<ContactDirectory>();
        services.AddScoped<PageVisitors>();
        services.AddScoped<Continuity.VisitorConversations>();
        services.AddOptions<Continuity.ConversationsOptions>().BindConfiguration("Chatflows:Conversations").ValidateOnStart();
        services.AddScoped<Continuity.IdleConversationCloser>();
        services.AddSingleton<Continuity.VisitorReadMarks>();
        services.AddHostedService<Continuity.IdleConversationSweeper>();
        services.AddSingleton<VisitorIdProtector>();
        services.AddVisitorRateLimits();
        services.AddVisitorOpenApi();
        return services;
    }
}
