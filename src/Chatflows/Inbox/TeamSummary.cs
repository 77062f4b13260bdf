namespace Chatflows.Inbox;

/// <summary>A team with its members, for the Teams pages and the assign menu.</summary>
public sealed record TeamSummary(string Id, string Name, IReadOnlyList<TeamSummaryMember> Members);
