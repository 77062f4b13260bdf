namespace Chatflows.KnowledgeBase.Search;

/// <summary>An article found for the Help tab (K2).</summary>
/// <param name="Snippet">Plain text around the matched words, for the bot's cards.</param>
/// <param name="SnippetHtml">The same passage HTML-encoded, with the matched words in <c>&lt;mark&gt;</c>.</param>
public sealed record KnowledgeSearchResult(string Slug, string Title, string Snippet, string SnippetHtml, string Url, string Category);
