namespace Chatflows.Core.Engine;

/// <summary>What happened in a turn, for analytics (P4): recorded in the same transaction, so numbers never disagree with conversations.</summary>
public sealed record FlowEvent(FlowEventKind Kind, string? ActionId = null, string? Detail = null);
