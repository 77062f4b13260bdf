namespace Chatflows.Core.Ports;

/// <summary>Knowledge-base search (K3) as the bot uses it; the knowledge-base project implements it.</summary>
public interface IKnowledgeSearch
{
    /// <summary>The best published articles for <paramref name="query"/>, best first.</summary>
    /// <param name="knowledgeBaseId">The chatflow's knowledge base (C3); null searches all in the language.</param>
    ValueTask<IReadOnlyList<KnowledgeArticleHit>> SearchAsync(
        string? knowledgeBaseId, string language, string query, int maxResults, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="language"/> has any published article (in <paramref name="knowledgeBaseId"/>, or in any
    /// knowledge base when null): a visitor's language without one falls back to the chatflow's base language (L1).
    /// </summary>
    ValueTask<bool> HasArticlesAsync(string? knowledgeBaseId, string language, CancellationToken cancellationToken);
}
