namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>Published articles by category, for browsing the Help tab (contract: docs/api.md).</summary>
public sealed record HelpCategoriesResponse(string Language, IReadOnlyList<HelpCategory> Categories);
