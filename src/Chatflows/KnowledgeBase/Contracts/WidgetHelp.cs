namespace Chatflows.KnowledgeBase.Contracts;

/// <summary>The widget's Help tab (K2), present when the chatflow searches a knowledge base (contract: docs/api.md).</summary>
/// <param name="KnowledgeBaseId">The knowledge base to browse and search; null for all of the chatflow's language.</param>
public sealed record WidgetHelp(string? KnowledgeBaseId);
