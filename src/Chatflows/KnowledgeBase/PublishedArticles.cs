using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>What visitors may read of the knowledge bases: published articles only. Used by the API and the site's help pages.</summary>
public sealed class PublishedArticles(ChatflowsDbContext db, IOptions<KnowledgeBaseOptions> options)
{
    /// <summary>The published article with this slug in the language; in <paramref name="knowledgeBaseId"/> when given.</summary>
    public async Task<PublishedArticle?> FindAsync(string language, string slug, string? knowledgeBaseId, CancellationToken cancellationToken) =>
        await db.KnowledgeArticles.AsNoTracking()
            .Where(a => a.Published && a.Language == language && a.Slug == slug && (knowledgeBaseId == null || a.KnowledgeBaseId == knowledgeBaseId))
            .OrderBy(a => a.KnowledgeBaseId)
            .Select(a => new PublishedArticle(a.KnowledgeBaseId, a.Language, a.Slug, a.Title, a.BodyHtml, a.Category == null ? null : a.Category.Name, a.UpdatedUtc, a.Version))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The knowledge base's published articles in the language by category, in category order; uncategorised
    /// last. Without <paramref name="knowledgeBaseId"/>, those of every knowledge base.
    /// </summary>
    public async Task<IReadOnlyList<HelpCategory>> BrowseAsync(string? knowledgeBaseId, string language, CancellationToken cancellationToken)
    {
        var categories = await db.KnowledgeCategories.AsNoTracking().Where(c => knowledgeBaseId == null || c.KnowledgeBaseId == knowledgeBaseId)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var articles = await db.KnowledgeArticles.AsNoTracking()
            .Where(a => (knowledgeBaseId == null || a.KnowledgeBaseId == knowledgeBaseId) && a.Language == language && a.Published)
            .OrderBy(a => a.Title).Select(a => new { a.CategoryId, a.Slug, a.Title }).ToListAsync(cancellationToken);

        ArticleLink Link(string slug, string title) => new(slug, title, ArticleDocuments.Url(slug, language, options.Value));
        List<HelpCategory> browse = [.. categories
            .Select(c => new HelpCategory(c.Slug, c.Name, [.. articles.Where(a => a.CategoryId == c.Id).Select(a => Link(a.Slug, a.Title))]))
            .Where(c => c.Articles.Count > 0)];
        if (articles.Where(a => a.CategoryId is null).Select(a => Link(a.Slug, a.Title)).ToList() is { Count: > 0 } other)
        {
            browse.Add(new HelpCategory("", "Other", other));
        }

        return browse;
    }
}
