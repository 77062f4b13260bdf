namespace Chatflows.KnowledgeBase;

/// <summary>An article in the admin's list.</summary>
public sealed record ArticleRow(
    long Id, string KnowledgeBaseId, string Language, string Slug, string Title, string? Category, bool Published, DateTime UpdatedUtc);
