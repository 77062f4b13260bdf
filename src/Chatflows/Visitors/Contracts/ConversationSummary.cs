namespace Chatflows.Visitors.Contracts;

/// <summary>One of the visitor's conversations, as the widget lists it; read its messages with <c>GET …/messages</c>.</summary>
/// <param name="Status"><c>active</c>, <c>waitingForVisitor</c>, <c>handedOff</c>, <c>ended</c> or <c>closed</c>.</param>
/// <param name="Unread">Agent messages after the visitor's last message: what the launcher's badge counts on a return visit.</param>
public sealed record ConversationSummary(string Id, string ChatflowId, string Status, DateTimeOffset StartedUtc, DateTimeOffset LastActivityUtc, int Unread = 0);
