namespace Chatflows.Core.Flows;

/// <summary>Whether the bot may search a knowledge base, and which (C3).</summary>
public sealed record KnowledgeBaseSettings(bool Enabled = false, string? KnowledgeBaseId = null);
