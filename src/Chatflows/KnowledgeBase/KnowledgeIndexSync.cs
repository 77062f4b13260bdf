using System.Globalization;
using Chatflows.KnowledgeBase.Search;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Brings this node's search index in line with the database (DESIGN "Storage and scale": the database is
/// the truth). On start a language is rebuilt when its index was unreadable or holds a different number of
/// articles than are published, e.g. a new node, a deleted folder, or a crash mid-write. While running,
/// <see cref="CatchUpAsync"/> applies what other nodes changed.
/// </summary>
public sealed partial class KnowledgeIndexSync(
    ChatflowsDbContext db, LuceneKnowledgeIndex index, IOptions<KnowledgeBaseOptions> options, ILogger<KnowledgeIndexSync> logger)
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var counts = await PublishedCountsAsync(cancellationToken);
        foreach (var language in Languages(counts))
        {
            var expected = counts.GetValueOrDefault(language);
            if (!index.WasCorrupt(language) && index.Count(language) == expected)
            {
                continue;
            }

            var articles = await db.KnowledgeArticles.AsNoTracking().Include(a => a.Category)
                .Where(a => a.Published && a.Language == language).ToListAsync(cancellationToken);
            index.Replace(language, articles.Select(a => ArticleDocuments.From(a, a.Category?.Name, options.Value)));
            LogRebuilt(logger, language, articles.Count);
        }
    }

    /// <summary>
    /// Applies the changes since <paramref name="cursor"/>: articles updated within the look-back window whose
    /// version this node has not indexed yet are re-indexed (or removed when unpublished), and a language whose
    /// index holds a different number of articles than are published drops the ones deleted meanwhile.
    /// </summary>
    /// <returns>How many articles were re-indexed or removed.</returns>
    public async Task<int> CatchUpAsync(KnowledgeIndexCursor cursor, CancellationToken cancellationToken)
    {
        var since = cursor.Newest - options.Value.SyncLookback;
        var recent = await db.KnowledgeArticles.AsNoTracking().Where(a => a.UpdatedUtc >= since)
            .Select(a => new { a.Id, a.Version, a.UpdatedUtc }).ToListAsync(cancellationToken);
        var changed = recent.Where(a => cursor.Applied.GetValueOrDefault(a.Id) != (a.Version, a.UpdatedUtc)).Select(a => a.Id).ToList();
        var applied = 0;
        if (changed.Count > 0)
        {
            var articles = await db.KnowledgeArticles.AsNoTracking().Include(a => a.Category).Where(a => changed.Contains(a.Id)).ToListAsync(cancellationToken);
            foreach (var language in articles.GroupBy(a => a.Language))
            {
                index.Apply(language.Key,
                    [.. language.Where(a => a.Published).Select(a => ArticleDocuments.From(a, a.Category?.Name, options.Value))],
                    [.. language.Where(a => !a.Published).Select(a => a.Id.ToString(CultureInfo.InvariantCulture))]);
            }

            foreach (var article in articles)
            {
                cursor.Applied[article.Id] = (article.Version, article.UpdatedUtc);
            }

            applied = articles.Count;
        }

        if (recent.Count > 0 && recent.Max(a => a.UpdatedUtc) is var newest && newest > cursor.Newest)
        {
            cursor.Newest = newest;
        }

        foreach (var old in cursor.Applied.Where(a => a.Value.UpdatedUtc < since).Select(a => a.Key).ToList())
        {
            cursor.Applied.Remove(old);
        }

        return applied + await RemoveDeletedAsync(cancellationToken);
    }

    // Deleted rows leave no trace to read; a count that differs from the index is how they show (and how an
    // article moved to another language leaves its old language's index).
    private async Task<int> RemoveDeletedAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        var counts = await PublishedCountsAsync(cancellationToken);
        foreach (var language in Languages(counts))
        {
            if (index.Count(language) == counts.GetValueOrDefault(language))
            {
                continue;
            }

            var published = (await db.KnowledgeArticles.Where(a => a.Published && a.Language == language).Select(a => a.Id).ToListAsync(cancellationToken))
                .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
            var stale = index.Ids(language).Where(id => !published.Contains(id)).ToList();
            if (stale.Count > 0)
            {
                index.Apply(language, [], stale);
                removed += stale.Count;
            }
        }

        return removed;
    }

    // Any language articles are written in (L1), and any this node still has an index of (its last articles may be gone).
    private IEnumerable<string> Languages(Dictionary<string, int> counts) =>
        LanguageAnalyzers.Supported.Concat(counts.Keys).Concat(index.Languages).Where(LanguageAnalyzers.IsLanguage).Distinct(StringComparer.Ordinal);

    private Task<Dictionary<string, int>> PublishedCountsAsync(CancellationToken cancellationToken) =>
        db.KnowledgeArticles.Where(a => a.Published).GroupBy(a => a.Language)
            .Select(g => new { Language = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Language, g => g.Count, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the {Language} knowledge-base index from the database: {Count} articles")]
    private static partial void LogRebuilt(ILogger logger, string language, int count);
}
