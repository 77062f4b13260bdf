using System.Globalization;
using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase.Articles;
using Chatflows.KnowledgeBase.Search;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Writes articles (K1) for the admin, recipes and endpoints alike. Every change reaches this node's
/// search index as soon as the database committed it: published articles are in the index,
/// unpublished and deleted ones are not. Other nodes follow through <see cref="KnowledgeIndexFollower"/>.
/// </summary>
public sealed class KnowledgeArticles(
    ChatflowsDbContext db, ArticleRenderer renderer, LuceneKnowledgeIndex index, IndexAfterCommit afterCommit, TimeProvider time,
    IOptions<KnowledgeBaseOptions> options, Audit.AuditLog audit, Audit.AuditActor actor)
{

    public Task<KnowledgeArticleRecord?> FindAsync(string knowledgeBaseId, string language, string slug, CancellationToken cancellationToken) =>
        db.KnowledgeArticles.AsNoTracking().SingleOrDefaultAsync(
            a => a.KnowledgeBaseId == knowledgeBaseId && a.Language == language && a.Slug == slug, cancellationToken);

    /// <summary>The article with its category, for the editor.</summary>
    public async Task<ArticleDetails?> GetAsync(long id, CancellationToken cancellationToken) =>
        await db.KnowledgeArticles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleDetails(a.Id, a.KnowledgeBaseId, a.Language, a.Slug, a.Title, a.BodyMarkdown, a.Tags,
                a.Category == null ? null : a.Category.Slug, a.Published, a.UpdatedUtc, a.Version))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Creates the article, or updates the one with the same knowledge base, language and slug (recipes are idempotent).</summary>
    public async Task<SaveResult> SaveAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var (errors, category) = await ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var article = await db.KnowledgeArticles.SingleOrDefaultAsync(
            a => a.KnowledgeBaseId == input.KnowledgeBaseId && a.Language == input.Language && a.Slug == input.Slug, cancellationToken);
        if (article is not null && input.ExpectedVersion is { } expected && expected != article.Version)
        {
            return SaveResult.Conflict;
        }

        return await ApplyAsync(article ?? Add(input), input, category, cancellationToken);
    }

    /// <summary>Creates a new article; its address must be free (the admin's "new article").</summary>
    public async Task<(SaveResult Result, long Id)> CreateAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var (errors, category) = await ValidateAsync(input, cancellationToken);
        if (errors.Count == 0 && await SlugInUseAsync(input, exceptId: null, cancellationToken))
        {
            errors.Add(new("slug", ValidationTexts.KbSlugTaken()));
        }

        if (errors.Count > 0)
        {
            return (SaveResult.Invalid(errors), 0);
        }

        var article = Add(input);
        var result = await ApplyAsync(article, input, category, cancellationToken);
        await RecordAsync(result, article, "created", cancellationToken);
        return (result, article.Id);
    }

    /// <summary>
    /// Saves an editor's changes to article <paramref name="id"/>, which may move it to another address.
    /// When someone else saved it after <see cref="ArticleInput.ExpectedVersion"/>, nothing is written: a conflict.
    /// </summary>
    public async Task<SaveResult?> UpdateAsync(long id, ArticleInput input, CancellationToken cancellationToken)
    {
        var article = await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        if (input.ExpectedVersion is { } expected && expected != article.Version)
        {
            return SaveResult.Conflict;
        }

        var (errors, category) = await ValidateAsync(input, cancellationToken);
        if (errors.Count == 0 && await SlugInUseAsync(input, exceptId: id, cancellationToken))
        {
            errors.Add(new("slug", ValidationTexts.KbSlugTaken()));
        }

        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        if (article.Language != input.Language)
        {
            // The article leaves its old language's index; ApplyAsync adds it to the new one.
            var (oldLanguage, documentId) = (article.Language, Id(article));
            afterCommit.Run(db, () => index.Delete(oldLanguage, documentId));
        }

        article.KnowledgeBaseId = input.KnowledgeBaseId;
        article.Language = input.Language;
        article.Slug = input.Slug;
        var saved = await ApplyAsync(article, input, category, cancellationToken);
        await RecordAsync(saved, article, "changed", cancellationToken);
        return saved;
    }

    /// <summary>Publishes or unpublishes an article; false when there is no such article.</summary>
    public async Task<bool> SetPublishedAsync(long id, bool published, CancellationToken cancellationToken)
    {
        var article = await db.KnowledgeArticles.Include(a => a.Category).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        article.Published = published;
        var written = await WriteAsync(article, time.GetUtcNow().UtcDateTime, cancellationToken);
        await RecordAsync(written, article, published ? "published" : "unpublished", cancellationToken);
        return written.Succeeded;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var article = await db.KnowledgeArticles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return false;
        }

        db.KnowledgeArticles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
        var documentId = Id(article);
        afterCommit.Run(db, () => index.Delete(article.Language, documentId));
        await RecordAsync(SaveResult.Saved(article.Version), article, "deleted", cancellationToken);
        return true;
    }

    private async Task RecordAsync(SaveResult result, KnowledgeArticleRecord article, string what, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor.Current, Audit.AuditActions.KnowledgeBaseChanged, Audit.AuditSubject.KnowledgeBase(article.KnowledgeBaseId, article.KnowledgeBaseId),
                $"Article '{article.Title}' ({article.Language}/{article.Slug}) {what}.", cancellationToken);
        }
    }

    private async Task<(List<FieldError> Errors, KnowledgeCategoryRecord? Category)> ValidateAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var knowledgeBase = await db.KnowledgeBases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == input.KnowledgeBaseId, cancellationToken);
        List<FieldError> errors =
        [
            .. knowledgeBase is null ? [new FieldError("knowledgeBaseId", ValidationTexts.KbNone(input.KnowledgeBaseId))] : Array.Empty<FieldError>(),
            .. ArticleValidation.Language("language", input.Language),
            .. knowledgeBase?.Language is { } only && only != input.Language ? [new FieldError("language", ValidationTexts.KbOneLanguage(input.KnowledgeBaseId, only))] : Array.Empty<FieldError>(),
            .. ArticleValidation.Slug("slug", input.Slug),
            .. ArticleValidation.Text("title", input.Title, 200),
            .. ArticleValidation.Text("body", input.Body, ArticleValidation.MaxBodyLength),
            .. ArticleValidation.Tags(input.Tags),
        ];
        KnowledgeCategoryRecord? category = null;
        if (input.Category is not null && knowledgeBase is not null)
        {
            category = await db.KnowledgeCategories.SingleOrDefaultAsync(c => c.KnowledgeBaseId == input.KnowledgeBaseId && c.Slug == input.Category, cancellationToken);
            if (category is null)
            {
                errors.Add(new("category", ValidationTexts.KbNoCategory(input.KnowledgeBaseId, input.Category)));
            }
        }

        return (errors, category);
    }

    private Task<bool> SlugInUseAsync(ArticleInput input, long? exceptId, CancellationToken cancellationToken) =>
        db.KnowledgeArticles.AnyAsync(
            a => a.KnowledgeBaseId == input.KnowledgeBaseId && a.Language == input.Language && a.Slug == input.Slug && a.Id != exceptId,
            cancellationToken);

    private KnowledgeArticleRecord Add(ArticleInput input)
    {
        var article = new KnowledgeArticleRecord
        {
            KnowledgeBaseId = input.KnowledgeBaseId, Language = input.Language, Slug = input.Slug, CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.KnowledgeArticles.Add(article);
        return article;
    }

    private async Task<SaveResult> ApplyAsync(KnowledgeArticleRecord article, ArticleInput input, KnowledgeCategoryRecord? category, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(input.Body);
        article.Title = input.Title.Trim();
        article.BodyMarkdown = input.Body;
        article.BodyHtml = rendered.Html;
        article.BodyText = rendered.PlainText;
        article.Tags = string.Join(',', (input.Tags ?? []).Select(t => t.Trim()));
        article.Category = category;
        article.CategoryId = category?.Id;
        article.Published = input.Published;
        return await WriteAsync(article, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<SaveResult> WriteAsync(KnowledgeArticleRecord article, DateTime now, CancellationToken cancellationToken)
    {
        article.UpdatedUtc = now;
        article.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict;
        }
        catch (DbUpdateException)
        {
            // Two editors took the same address at once; the unique index let one of them win.
            db.ChangeTracker.Clear();
            if (await SlugInUseAsync(new ArticleInput(article.KnowledgeBaseId, article.Language, article.Slug, "", ""), article.Id, cancellationToken))
            {
                return SaveResult.Invalid([new FieldError("slug", ValidationTexts.KbSlugTaken())]);
            }

            throw;
        }

        // Only once the database committed the change, so the index never shows what was refused or rolled back.
        var document = ArticleDocuments.From(article, article.Category?.Name, options.Value);
        afterCommit.Run(db, article.Published ? () => index.Upsert(document) : () => index.Delete(document.Language, document.Id));

        return SaveResult.Saved(article.Version);
    }

    private static string Id(KnowledgeArticleRecord article) => article.Id.ToString(CultureInfo.InvariantCulture);
}
