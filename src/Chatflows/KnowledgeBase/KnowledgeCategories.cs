using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// The admin's categories of a knowledge base (K1, K2): create, rename, reorder, and delete once empty,
/// so no article is ever silently uncategorised.
/// </summary>
public sealed class KnowledgeCategories(
    ChatflowsDbContext db, Search.LuceneKnowledgeIndex index, IndexAfterCommit afterCommit, TimeProvider time, IOptions<KnowledgeBaseOptions> options)
{
    public async Task<IReadOnlyList<CategoryRow>> ListAsync(string knowledgeBaseId, CancellationToken cancellationToken) =>
        await db.KnowledgeCategories.AsNoTracking().Where(c => c.KnowledgeBaseId == knowledgeBaseId).OrderBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Slug, c.Name, c.Order, db.KnowledgeArticles.Count(a => a.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>Adds a category at the end; its slug (from the name when left empty) must be free in the knowledge base.</summary>
    public async Task<IReadOnlyList<FieldError>> CreateAsync(string knowledgeBaseId, string? slug, string name, CancellationToken cancellationToken)
    {
        slug = string.IsNullOrWhiteSpace(slug) ? ArticleSlugs.FromTitle(name) : slug.Trim();
        List<FieldError> errors = [.. ArticleValidation.Slug("slug", slug), .. ArticleValidation.Text("name", name, 100)];
        if (errors.Count > 0)
        {
            return errors;
        }

        if (await db.KnowledgeCategories.AnyAsync(c => c.KnowledgeBaseId == knowledgeBaseId && c.Slug == slug, cancellationToken))
        {
            return [new("slug", ValidationTexts.KbCategoryTaken(slug))];
        }

        var last = await db.KnowledgeCategories.Where(c => c.KnowledgeBaseId == knowledgeBaseId).MaxAsync(c => (int?)c.Order, cancellationToken);
        db.KnowledgeCategories.Add(new KnowledgeCategoryRecord { KnowledgeBaseId = knowledgeBaseId, Slug = slug, Name = name.Trim(), Order = (last ?? -1) + 1 });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Renames a category. Its articles carry the name in the search index and the Help tab, so they are
    /// re-indexed here and marked updated, which is how other nodes notice (<see cref="KnowledgeIndexFollower"/>).
    /// </summary>
    public async Task<IReadOnlyList<FieldError>?> RenameAsync(long id, string name, CancellationToken cancellationToken)
    {
        var category = await db.KnowledgeCategories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        if (ArticleValidation.Text("name", name, 100).ToList() is { Count: > 0 } errors)
        {
            return errors;
        }

        category.Name = name.Trim();
        var articles = await db.KnowledgeArticles.Where(a => a.CategoryId == id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var article in articles)
        {
            article.UpdatedUtc = now; // not Version: an editor with the article open has not been overtaken
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var language in articles.Where(a => a.Published).GroupBy(a => a.Language))
        {
            List<Search.KnowledgeDocument> documents = [.. language.Select(a => ArticleDocuments.From(a, category.Name, options.Value))];
            afterCommit.Run(db, () => index.Apply(language.Key, documents, []));
        }
        return [];
    }

    /// <summary>Moves a category one place up (-1) or down (+1) in the Help tab's order; false when there is no such category.</summary>
    public async Task<bool> MoveAsync(long id, int step, CancellationToken cancellationToken)
    {
        var category = await db.KnowledgeCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return false;
        }

        var siblings = await db.KnowledgeCategories.Where(c => c.KnowledgeBaseId == category.KnowledgeBaseId)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var at = siblings.FindIndex(c => c.Id == id);
        var to = Math.Clamp(at + Math.Sign(step), 0, siblings.Count - 1);
        (siblings[at], siblings[to]) = (siblings[to], siblings[at]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Order = i;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes an empty category. Null when there is no such category; an error when it still has articles.</summary>
    public async Task<IReadOnlyList<FieldError>?> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var category = await db.KnowledgeCategories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return null;
        }

        var count = await db.KnowledgeArticles.CountAsync(a => a.CategoryId == id, cancellationToken);
        if (count > 0)
        {
            return [new("", ValidationTexts.KbCategoryNotEmpty(category.Name, count))];
        }

        db.KnowledgeCategories.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
