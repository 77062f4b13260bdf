using Chatflows.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Flows;

internal static class ChatflowEditingServiceCollectionExtensions
{
    /// <summary>What the chatflow admin needs beyond the store: versions, the audit log, ids for new chatflows.</summary>
    public static IServiceCollection AddChatflowsEditing(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditActor>();
        services.AddHttpContextAccessor();
        services.AddScoped<ChatflowIds>();
        services.AddScoped<ChatflowVersions>();
        services.AddScoped<ChatflowQueries>();
        services.AddScoped<ChatflowWizard>();
        services.AddScoped<ChatflowEditing>();
        services.AddScoped<ChatflowTranslations>();
        services.AddSingleton<Core.Translations.XliffImport>();
        services.AddScoped<ChatflowAvatars>();
        services.AddScoped<ChatflowList>();
        return services;
    }
}
