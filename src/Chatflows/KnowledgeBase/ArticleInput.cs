namespace Chatflows.KnowledgeBase;

/// <summary>An article as an editor or a recipe writes it; the knowledge base, language and slug identify it.</summary>
/// <param name="Category">The category's slug within the knowledge base, or null for none.</param>
/// <param name="ExpectedVersion">The version the editor started from; null overwrites (recipes).</param>
public sealed record ArticleInput(
    string KnowledgeBaseId, string Language, string Slug, string Title, string Body,
    string? Category = null, IReadOnlyList<string>? Tags = null, bool Published = true, Guid? ExpectedVersion = null);
