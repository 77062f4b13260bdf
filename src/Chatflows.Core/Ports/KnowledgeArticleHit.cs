namespace Chatflows.Core.Ports;

/// <summary>An article found for the visitor: shown as a card in the conversation.</summary>
/// <param name="Snippet">Plain text around the matched words.</param>
public sealed record KnowledgeArticleHit(string Slug, string Title, string Snippet, string Url);
