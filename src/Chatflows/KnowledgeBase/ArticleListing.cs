using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.KnowledgeBase;

/// <summary>The admin's article list (K1): filtered by knowledge base, category and status, searched by title, slug or tags.</summary>
public sealed class ArticleListing(ChatflowsDbContext db)
{
    public const int PageSize = 50;

    public async Task<ArticlePage> ListAsync(ArticleFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = db.KnowledgeArticles.AsNoTracking();
        if (filter.KnowledgeBaseId is { Length: > 0 } knowledgeBaseId)
        {
            query = query.Where(a => a.KnowledgeBaseId == knowledgeBaseId);
        }

        if (filter.Category == ArticleFilter.Uncategorised)
        {
            query = query.Where(a => a.CategoryId == null);
        }
        else if (filter.Category is { Length: > 0 } category)
        {
            query = query.Where(a => a.Category != null && a.Category.Slug == category);
        }

        if (filter.Published is { } published)
        {
            query = query.Where(a => a.Published == published);
        }

        // Lower-cased on both sides: PostgreSQL compares case-sensitively, SQLite only folds ASCII. The
        // expression becomes SQL lower(), so .NET culture rules never apply.
#pragma warning disable CA1304, CA1311, CA1862
        foreach (var word in (filter.Search ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            query = query.Where(a => a.Title.ToLower().Contains(word) || a.Slug.Contains(word) || a.Tags.ToLower().Contains(word));
        }
#pragma warning restore CA1304, CA1311, CA1862

        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(a => a.UpdatedUtc).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new ArticleRow(a.Id, a.KnowledgeBaseId, a.Language, a.Slug, a.Title, a.Category == null ? null : a.Category.Name, a.Published, a.UpdatedUtc))
            .ToListAsync(cancellationToken);
        return new ArticlePage(rows, total, page, PageSize);
    }
}
