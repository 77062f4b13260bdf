using System.Collections.Concurrent;
using Chatflows.Core.Ports;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase.Search;

/// <summary>
/// Knowledge-base search (K2, K3) with one Lucene index per language, each node keeping its own copy.
/// The module keeps it in step with the database, which is the truth.
/// </summary>
public sealed class LuceneKnowledgeIndex(IOptions<KnowledgeIndexOptions> options) : IKnowledgeSearch, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LanguageIndex>> _indexes = new(StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<KnowledgeArticleHit>> SearchAsync(
        string? knowledgeBaseId, string language, string query, int maxResults, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<KnowledgeArticleHit>>(
            [.. Search(knowledgeBaseId, language, query, maxResults).Select(r => new KnowledgeArticleHit(r.Slug, r.Title, r.Snippet, r.Url))]);

    /// <summary>
    /// The best published articles with HTML snippets, for the Help tab (K2); visitor text is never query syntax.
    /// A language that has no index has no articles: searching it opens none, so visitors cannot make folders.
    /// </summary>
    public IReadOnlyList<KnowledgeSearchResult> Search(string? knowledgeBaseId, string language, string query, int maxResults) =>
        Has(language) ? Index(language).Search(knowledgeBaseId, query, Math.Clamp(maxResults, 1, 50)) : [];

    public ValueTask<bool> HasArticlesAsync(string? knowledgeBaseId, string language, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Has(language) && Index(language).HasArticles(knowledgeBaseId));

    /// <summary>The languages this node has an index for: opened, or left on disk by an earlier start.</summary>
    public IReadOnlyList<string> Languages =>
        [.. _indexes.Keys.Concat(options.Value.IndexPath is { } path && System.IO.Directory.Exists(path)
                ? System.IO.Directory.EnumerateDirectories(path).Select(Path.GetFileName).OfType<string>().Where(LanguageAnalyzers.IsLanguage)
                : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private bool Has(string language) =>
        _indexes.ContainsKey(language)
        || (LanguageAnalyzers.IsLanguage(language) && options.Value.IndexPath is { } path && System.IO.Directory.Exists(Path.Combine(path, language)));

    public void Upsert(KnowledgeDocument document) => Index(document.Language).Upsert(document);

    public void Delete(string language, string id) => Index(language).Delete(id);

    /// <summary>Adds or replaces <paramref name="upserts"/> and removes <paramref name="deletes"/> (ids) in one commit.</summary>
    public void Apply(string language, IEnumerable<KnowledgeDocument> upserts, IEnumerable<string> deletes) =>
        Index(language).Apply(upserts, deletes);

    /// <summary>Replaces a language's whole index, e.g. on start or after corruption.</summary>
    public void Replace(string language, IEnumerable<KnowledgeDocument> documents) => Index(language).Replace(documents);

    /// <summary>How many articles a language's index holds; compared with the database on start.</summary>
    public int Count(string language) => Index(language).Count;

    /// <summary>The ids of the articles a language's index holds.</summary>
    public IReadOnlyList<string> Ids(string language) => Index(language).Ids();

    /// <summary>Whether the language's index had to be started empty because the copy on disk was unreadable.</summary>
    public bool WasCorrupt(string language) => Index(language).WasCorrupt;

    private LanguageIndex Index(string language) =>
        _indexes.GetOrAdd(language, l => new Lazy<LanguageIndex>(() => new LanguageIndex(l, options.Value.IndexPath))).Value;

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(i => i.IsValueCreated))
        {
            index.Value.Dispose();
        }
    }
}
