namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>A published article (contract: docs/api.md).</summary>
/// <param name="Html">Sanitised on the server: safe to insert as HTML.</param>
public sealed record KnowledgeArticleResponse(string Slug, string Title, string Html, string? Category, string Language, DateTime UpdatedUtc);
