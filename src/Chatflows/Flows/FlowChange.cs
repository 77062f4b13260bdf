namespace Chatflows.Flows;

/// <summary>One difference between two versions of a chatflow, as the History tab shows it.</summary>
/// <param name="Area">Where it is: General, Target, Display, Options, or the action concerned.</param>
/// <param name="Subject">The field or action, in words, e.g. "typing delay ms" or "ask-name".</param>
public sealed record FlowChange(string Area, string Subject, FlowChangeKind Kind, string? Before, string? After);
