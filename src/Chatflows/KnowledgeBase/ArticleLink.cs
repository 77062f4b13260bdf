namespace Chatflows.KnowledgeBase;

/// <summary>An article in a list: enough to link to it.</summary>
public sealed record ArticleLink(string Slug, string Title, string Url);
