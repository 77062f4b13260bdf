namespace Chatflows.Visitors.Contracts;

/// <summary>The visitor's conversations: the one still going on (if any) and the last ten that ended, newest first, read-only.</summary>
public sealed record VisitorConversationsResponse(ConversationSummary? Open, IReadOnlyList<ConversationSummary> Earlier);
