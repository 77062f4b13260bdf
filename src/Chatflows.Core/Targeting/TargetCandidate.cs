namespace Chatflows.Core.Targeting;

/// <summary>A published chatflow competing for a page (T6), with what the tie-break needs.</summary>
/// <param name="Priority">Set by the editor; lower wins, so "1" reads as "first choice".</param>
/// <param name="CreatedUtc">The older chatflow wins a tie, so adding a flow never silently takes over pages.</param>
public sealed record TargetCandidate(string ChatflowId, TargetingRules Rules, int Priority, DateTime CreatedUtc);
