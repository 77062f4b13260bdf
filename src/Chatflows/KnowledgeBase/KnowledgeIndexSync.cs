using Chatflows.KnowledgeBase.Search;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Brings this node's search index in line with the database on start (DESIGN "Storage and scale": the
/// database is the truth). A language is rebuilt when its index was unreadable or holds a different
/// number of articles than are published, e.g. a new node, a deleted folder, or a crash mid-write.
/// </summary>
public sealed partial class KnowledgeIndexSync(
    ChatflowsDbContext db, LuceneKnowledgeIndex index, IOptions<KnowledgeBaseOptions> options, ILogger<KnowledgeIndexSync> logger)
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var counts = await db.KnowledgeArticles.Where(a => a.Published).GroupBy(a => a.Language)
            .Select(g => new { Language = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Language, g => g.Count, cancellationToken);
        foreach (var language in LanguageAnalyzers.Supported)
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the {Language} knowledge-base index from the database: {Count} articles")]
    private static partial void LogRebuilt(ILogger logger, string language, int count);
}
