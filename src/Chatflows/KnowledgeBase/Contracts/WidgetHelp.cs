namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>The widget's Help tab (K2), present when the chatflow searches a knowledge base (contract: docs/api.md).</summary>
/// <param name="KnowledgeBaseId">The knowledge base to browse and search; null for all of the chatflow's language.</param>
/// <param name="Language">
/// The language to browse and search in: the visitor's, or the chatflow's base language when the visitor's has no
/// published articles in that knowledge base (L1).
/// </param>
public sealed record WidgetHelp(string? KnowledgeBaseId, string? Language = null);
