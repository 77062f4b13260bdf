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
/// unpublished and deleted ones are not.
/// </summary>
public sealed class KnowledgeArticles(
    ChatflowsDbContext db, ArticleRenderer renderer, LuceneKnowledgeIndex index, IndexAfterCommit afterCommit, TimeProvider time,
    IOptions<KnowledgeBaseOptions> options)
{
    public Task<KnowledgeArticleRecord?> FindAsync(string knowledgeBaseId, string language, string slug, CancellationToken cancellationToken) =>
        db.KnowledgeArticles.AsNoTracking().SingleOrDefaultAsync(
            a => a.KnowledgeBaseId == knowledgeBaseId && a.Language == language && a.Slug == slug, cancellationToken);

    /// <summary>Creates the article, or updates the one with the same knowledge base, language and slug.</summary>
    public async Task<SaveResult> SaveAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var knowledgeBase = await db.KnowledgeBases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == input.KnowledgeBaseId, cancellationToken);
        List<FieldError> errors =
        [
            .. knowledgeBase is null ? [new FieldError("knowledgeBaseId", $"There is no knowledge base '{input.KnowledgeBaseId}'.")] : Array.Empty<FieldError>(),
            .. ArticleValidation.Language("language", input.Language),
            .. knowledgeBase?.Language is { } only && only != input.Language ? [new FieldError("language", $"Knowledge base '{input.KnowledgeBaseId}' is {only}-only.")] : Array.Empty<FieldError>(),
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
                errors.Add(new("category", $"Knowledge base '{input.KnowledgeBaseId}' has no category '{input.Category}'."));
            }
        }

        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var article = await db.KnowledgeArticles.SingleOrDefaultAsync(
            a => a.KnowledgeBaseId == input.KnowledgeBaseId && a.Language == input.Language && a.Slug == input.Slug, cancellationToken);
        if (article is null)
        {
            article = new KnowledgeArticleRecord { KnowledgeBaseId = input.KnowledgeBaseId, Language = input.Language, Slug = input.Slug, CreatedUtc = now };
            db.KnowledgeArticles.Add(article);
        }
        else if (input.ExpectedVersion is { } expected && expected != article.Version)
        {
            return SaveResult.Conflict;
        }

        var rendered = renderer.Render(input.Body);
        article.Title = input.Title.Trim();
        article.BodyMarkdown = input.Body;
        article.BodyHtml = rendered.Html;
        article.BodyText = rendered.PlainText;
        article.Tags = string.Join(',', (input.Tags ?? []).Select(t => t.Trim()));
        article.Category = category;
        article.CategoryId = category?.Id;
        article.Published = input.Published;
        return await WriteAsync(article, now, cancellationToken);
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
        return (await WriteAsync(article, time.GetUtcNow().UtcDateTime, cancellationToken)).Succeeded;
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
        var documentId = article.Id.ToString(CultureInfo.InvariantCulture);
        afterCommit.Run(db, () => index.Delete(article.Language, documentId));
        return true;
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

        // Only once the database committed the change, so the index never shows what was refused or rolled back.
        var document = ArticleDocuments.From(article, article.Category?.Name, options.Value);
        afterCommit.Run(db, article.Published ? () => index.Upsert(document) : () => index.Delete(document.Language, document.Id));

        return SaveResult.Saved(article.Version);
    }
}
