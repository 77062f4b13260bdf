using Chatflows.Core.Ports;

namespace Chatflows.Core.Flows;

/// <summary>
/// Which knowledge base and language a visitor's knowledge-base search uses (L1): one chain for the bot's search
/// action and the widget's Help tab, so the two never answer a visitor differently. The visitor's language in its
/// knowledge base; else the chatflow's base language in the base knowledge base; else the knowledge base's own
/// language (a German-only knowledge base answers an English chatflow's Dutch visitor in German rather than not at
/// all). The first that has published articles wins.
/// </summary>
/// <param name="knowledgeBases">Without it (Core on its own), the chain stops at the base language.</param>
public sealed class KnowledgeLanguageChain(IKnowledgeSearch search, IKnowledgeBaseLookup? knowledgeBases)
{
    /// <param name="knowledgeBaseId">The visitor's language's knowledge base; null searches every one in the language.</param>
    /// <param name="language">The visitor's language (the chatflow's, as translated for them).</param>
    /// <param name="fallback">The chatflow's base language and knowledge base, for a visitor in a translation; else null.</param>
    /// <returns>Where to search; where nothing has articles, the base language (or the visitor's), which finds none as before.</returns>
    public async ValueTask<(string? KnowledgeBaseId, string Language)> PickAsync(
        string? knowledgeBaseId, string language, KnowledgeFallback? fallback, CancellationToken cancellationToken)
    {
        if (await search.HasArticlesAsync(knowledgeBaseId, language, cancellationToken))
        {
            return (knowledgeBaseId, language);
        }

        if (fallback is not null && await search.HasArticlesAsync(fallback.KnowledgeBaseId, fallback.Language, cancellationToken))
        {
            return (fallback.KnowledgeBaseId, fallback.Language);
        }

        foreach (var id in new[] { knowledgeBaseId, fallback?.KnowledgeBaseId }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (knowledgeBases is not null && await knowledgeBases.LanguageOfAsync(id, cancellationToken) is { } own
                && await search.HasArticlesAsync(id, own, cancellationToken))
            {
                return (id, own);
            }
        }

        return fallback is null ? (knowledgeBaseId, language) : (fallback.KnowledgeBaseId, fallback.Language);
    }
}
