namespace Chatflows.Core.Flows;

/// <summary>The base language's knowledge-base search, for a visitor whose language has no articles (L1).</summary>
/// <param name="KnowledgeBaseId">The base language's knowledge base; null searches every one in that language.</param>
/// <param name="Language">The chatflow's base language.</param>
public sealed record KnowledgeFallback(string? KnowledgeBaseId, string Language);
