using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using Chatflows.KnowledgeBase.Actions;
using Chatflows.KnowledgeBase.Articles;
using Chatflows.KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.KnowledgeBase;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>The Lucene search behind <see cref="IKnowledgeSearch"/>, and the bot action that uses it (K3), and the article renderer.</summary>
    public static IServiceCollection AddChatflowsKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeIndexOptions>().BindConfiguration("Chatflows:KnowledgeBase");
        services.AddSingleton<LuceneKnowledgeIndex>();
        services.AddSingleton<ArticleRenderer>();
        services.AddSingleton<IKnowledgeSearch>(provider => provider.GetRequiredService<LuceneKnowledgeIndex>());
        services.AddBotAction<SearchKnowledgeAction>();
        return services;
    }
}
