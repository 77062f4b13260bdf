namespace Chatflows.Inbox;

public sealed record TeamSummaryMember(string UserId, string DisplayName);
