namespace Chatflows.KnowledgeBase;

/// <summary>A published article as visitors read it.</summary>
/// <param name="Html">Sanitised HTML: safe to insert into a page as is.</param>
/// <param name="Version">Changes on every save; the article's ETag.</param>
public sealed record PublishedArticle(
    string KnowledgeBaseId, string Language, string Slug, string Title, string Html, string? Category, DateTime UpdatedUtc, Guid Version);
