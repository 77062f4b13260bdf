using Chatflows.Core.Ports;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>A knowledge base of a few articles that matches when every query word is in the title or body.</summary>
public sealed class InMemoryKnowledgeSearch : IKnowledgeSearch
{
    public List<(string Language, string Slug, string Title, string Body)> Articles { get; } = [];

    public List<string> Queries { get; } = [];

    public InMemoryKnowledgeSearch Add(string language, string slug, string title, string body)
    {
        Articles.Add((language, slug, title, body));
        return this;
    }

    public ValueTask<IReadOnlyList<KnowledgeArticleHit>> SearchAsync(
        string? knowledgeBaseId, string language, string query, int maxResults, CancellationToken cancellationToken)
    {
        Queries.Add(query);
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<KnowledgeArticleHit> hits = [.. Articles
            .Where(a => a.Language == language && words.All(w => $"{a.Title} {a.Body}".Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Take(maxResults)
            .Select(a => new KnowledgeArticleHit(a.Slug, a.Title, a.Body, $"/help/{a.Slug}"))];
        return ValueTask.FromResult(hits);
    }

    public ValueTask<bool> HasArticlesAsync(string? knowledgeBaseId, string language, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Articles.Any(a => a.Language == language));
}
