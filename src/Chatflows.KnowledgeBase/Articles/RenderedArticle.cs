namespace Chatflows.KnowledgeBase.Articles;

/// <summary>An article body ready for visitors: sanitised HTML for pages, plain text for the index.</summary>
public sealed record RenderedArticle(string Html, string PlainText);
