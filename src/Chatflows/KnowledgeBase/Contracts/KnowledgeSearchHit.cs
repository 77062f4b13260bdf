namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>One article found (contract: docs/api.md).</summary>
/// <param name="SnippetHtml">HTML-encoded text around the matches, with the matched words in <c>&lt;mark&gt;</c>.</param>
public sealed record KnowledgeSearchHit(string Slug, string Title, string SnippetHtml, string Url, string? Category);
