using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.KnowledgeBase;

/// <summary>Creates and replaces knowledge bases (K1), for the admin and recipes alike. Categories: <see cref="KnowledgeCategories"/>.</summary>
public sealed class KnowledgeBases(ChatflowsDbContext db, TimeProvider time, KnowledgeBaseLookup lookup)
{
    public Task<KnowledgeBaseRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.KnowledgeBases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);

    public async Task<IReadOnlyList<KnowledgeBaseRow>> ListAsync(CancellationToken cancellationToken)
    {
        var counts = await db.KnowledgeArticles.GroupBy(a => a.KnowledgeBaseId)
            .Select(g => new { Id = g.Key, All = g.Count(), Published = g.Count(a => a.Published) })
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var bases = await db.KnowledgeBases.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);
        return [.. bases.Select(k => new KnowledgeBaseRow(k.Id, k.Name, k.Language, counts.GetValueOrDefault(k.Id)?.All ?? 0, counts.GetValueOrDefault(k.Id)?.Published ?? 0))];
    }

    /// <summary>Adds a new knowledge base; its id must be free (the admin's "new knowledge base").</summary>
    public async Task<IReadOnlyList<FieldError>> CreateAsync(string id, string name, string? language, CancellationToken cancellationToken)
    {
        if (await db.KnowledgeBases.AnyAsync(k => k.Id == id, cancellationToken))
        {
            return [new("id", ValidationTexts.KbIdTaken(id))];
        }

        return await SaveAsync(id, name, language, cancellationToken);
    }

    /// <summary>Adds the knowledge base, or renames the one with that id (recipes are idempotent).</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string id, string name, string? language, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [.. ArticleValidation.Id("id", id), .. ArticleValidation.Text("name", name, 100), .. ArticleValidation.Language("language", language, optional: true)];
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var record = await db.KnowledgeBases.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (record is null)
        {
            record = new KnowledgeBaseRecord { Id = id, CreatedUtc = now };
            db.KnowledgeBases.Add(record);
        }
        else if (language is not null && record.Language != language
            && await db.KnowledgeArticles.AnyAsync(a => a.KnowledgeBaseId == id && a.Language != language, cancellationToken))
        {
            return [new("language", ValidationTexts.KbCannotBecomeOneLanguage(id, language))];
        }

        record.Name = name.Trim();
        record.Language = language;
        record.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        lookup.Remember(id);
        return [];
    }

    /// <summary>Adds the category, or renames and reorders the one with that slug in the knowledge base (recipes).</summary>
    public async Task<IReadOnlyList<FieldError>> SaveCategoryAsync(string knowledgeBaseId, string slug, string name, int order, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [.. ArticleValidation.Slug("slug", slug), .. ArticleValidation.Text("name", name, 100)];
        if (errors.Count > 0)
        {
            return errors;
        }

        if (!await db.KnowledgeBases.AnyAsync(k => k.Id == knowledgeBaseId, cancellationToken))
        {
            return [new("knowledgeBaseId", ValidationTexts.KbNone(knowledgeBaseId))];
        }

        var record = await db.KnowledgeCategories.SingleOrDefaultAsync(c => c.KnowledgeBaseId == knowledgeBaseId && c.Slug == slug, cancellationToken);
        if (record is null)
        {
            record = new KnowledgeCategoryRecord { KnowledgeBaseId = knowledgeBaseId, Slug = slug };
            db.KnowledgeCategories.Add(record);
        }

        record.Name = name.Trim();
        record.Order = order;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
