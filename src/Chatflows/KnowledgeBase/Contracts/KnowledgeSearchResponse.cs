namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>Search results for the Help tab, best first (contract: docs/api.md).</summary>
public sealed record KnowledgeSearchResponse(string Query, string Language, IReadOnlyList<KnowledgeSearchHit> Results);
