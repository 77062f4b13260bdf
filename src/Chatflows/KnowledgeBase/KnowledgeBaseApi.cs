using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chatflows.KnowledgeBase.Contracts;
using Chatflows.KnowledgeBase.Search;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.KnowledgeBase;

/// <summary>Visitors search and read published articles, for the Help tab (K2; contract: docs/api.md).</summary>
public static class KnowledgeBaseApi
{
    private const int MaxQueryLength = 200;
    private const int MaxResults = 10;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="q">What the visitor typed: 1–200 characters, searched as words, never as query syntax.</param>
    /// <param name="lang">The language, a BCP 47 tag (en, nl, ar, pt-BR…).</param>
    /// <param name="kb">Only this knowledge base; all of the language's when left out.</param>
    internal static Results<Ok<KnowledgeSearchResponse>, StatusCodeHttpResult, ValidationProblem> Search(
        string? q, string? lang, string? kb, HttpContext context, LuceneKnowledgeIndex index)
    {
        var errors = Validate(q, lang, kb);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var results = index.Search(kb, lang!, q!, MaxResults);
        var response = new KnowledgeSearchResponse(q!, lang!, [.. results.Select(r =>
            new KnowledgeSearchHit(r.Slug, r.Title, r.SnippetHtml, r.Url, r.Category.Length == 0 ? null : r.Category))]);
        var etag = $"\"{Hash(JsonSerializer.Serialize(response, Json))}\"";
        return Cacheable(context, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(response);
    }

    internal static async Task<Results<Ok<KnowledgeArticleResponse>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ReadAsync(
        string slug, string? lang, string? kb, HttpContext context, PublishedArticles articles, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        if (!IsLanguage(lang))
        {
            errors["lang"] = [LanguageHint];
        }

        if (kb is { Length: > 64 })
        {
            errors["kb"] = ["A knowledge base id has at most 64 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var article = slug.Length <= 100 ? await articles.FindAsync(lang!, slug, kb, cancellationToken) : null;
        if (article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no published article '{slug}' in '{lang}'.");
        }

        var etag = $"\"{Hash($"{article.KnowledgeBaseId}/{article.Version:N}")}\"";
        return Cacheable(context, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(new KnowledgeArticleResponse(article.Slug, article.Title, article.Html, article.Category, article.Language, article.UpdatedUtc));
    }

    /// <summary>Published articles by category, for browsing the Help tab before searching (K2).</summary>
    /// <param name="lang">The language, a BCP 47 tag (en, nl, ar, pt-BR…).</param>
    /// <param name="kb">Only this knowledge base; all of the language's when left out.</param>
    internal static async Task<Results<Ok<HelpCategoriesResponse>, StatusCodeHttpResult, ValidationProblem>> CategoriesAsync(
        string? lang, string? kb, HttpContext context, PublishedArticles articles, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        if (!IsLanguage(lang))
        {
            errors["lang"] = [LanguageHint];
        }

        if (kb is { Length: > 64 })
        {
            errors["kb"] = ["A knowledge base id has at most 64 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var response = new HelpCategoriesResponse(lang!, await articles.BrowseAsync(kb, lang!, cancellationToken));
        var etag = $"\"{Hash(JsonSerializer.Serialize(response, Json))}\"";
        return Cacheable(context, etag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(response);
    }

    private static Dictionary<string, string[]> Validate(string? q, string? lang, string? kb)
    {
        Dictionary<string, string[]> errors = [];
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            errors["q"] = [$"Search for 1 to {MaxQueryLength} characters."];
        }

        if (!IsLanguage(lang))
        {
            errors["lang"] = [LanguageHint];
        }

        if (kb is { Length: > 64 })
        {
            errors["kb"] = ["A knowledge base id has at most 64 characters."];
        }

        return errors;
    }

    private const string LanguageHint = "Give the language as a BCP 47 tag such as en, nl, ar or pt-BR.";

    // Any language: one without articles answers with none (L1).
    private static bool IsLanguage(string? lang) => LanguageAnalyzers.IsLanguage(lang);

    // Published articles are the same for every visitor, so shared caches may keep them for a minute.
    private static bool Cacheable(HttpContext context, string etag)
    {
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, max-age=60";
        return context.Request.Headers.IfNoneMatch.ToString() == etag;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
