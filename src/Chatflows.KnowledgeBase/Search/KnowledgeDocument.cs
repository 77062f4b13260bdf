namespace Chatflows.KnowledgeBase.Search;

/// <summary>A published article as the index sees it: plain text, in one language.</summary>
/// <param name="Text">The article body as plain text (Markdown rendered and stripped).</param>
public sealed record KnowledgeDocument(
    string Id, string KnowledgeBaseId, string Language, string Slug, string Title, string Text, string Tags, string Category, string Url);
