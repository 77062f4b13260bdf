namespace Chatflows.Core.Flows;

/// <summary>One thing the builder shows about a flow (B4): where, how bad, and what to do, in an editor's words.</summary>
/// <param name="ActionId">The action concerned; null for the flow itself.</param>
/// <param name="Code">Stable kind, e.g. <c>action.unreachable</c>, for the builder to offer a fix.</param>
/// <param name="Field">The setting concerned, e.g. <c>text</c>, when there is one.</param>
public sealed record FlowFinding(string? ActionId, FindingSeverity Severity, string Code, string Message, string? Field = null);
