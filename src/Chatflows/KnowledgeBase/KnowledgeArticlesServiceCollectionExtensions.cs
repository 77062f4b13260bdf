using Chatflows.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.KnowledgeBase;

internal static class KnowledgeArticlesServiceCollectionExtensions
{
    /// <summary>Knowledge bases, categories and articles in the database, kept in step with the search index (K1).</summary>
    public static IServiceCollection AddChatflowsKnowledgeArticles(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeBaseOptions>().BindConfiguration("Chatflows:KnowledgeBase")
            .Validate(o => o.ArticleUrl.Contains("{slug}", StringComparison.Ordinal), "Chatflows:KnowledgeBase:ArticleUrl needs a {slug} placeholder.")
            .ValidateOnStart();
        services.AddSingleton<IndexAfterCommit>();
        services.AddScoped<KnowledgeBases>();
        services.AddScoped<KnowledgeArticles>();
        services.AddScoped<PublishedArticles>();
        services.AddScoped<WidgetHelps>();
        services.AddScoped<KnowledgeIndexSync>();
        services.AddScoped<KnowledgeCategories>();
        services.AddScoped<ArticleListing>();
        services.AddSingleton<KnowledgeBaseLookup>();
        services.AddSingleton<IKnowledgeBaseLookup>(provider => provider.GetRequiredService<KnowledgeBaseLookup>());
        services.AddHostedService<KnowledgeIndexFollower>();
        return services;
    }
}
