namespace Chatflows.Visitors.Contracts;

/// <summary>Messages after a sequence number, for catch-up after a reconnect.</summary>
public sealed record MessagesResponse(string ConversationId, string Status, IReadOnlyList<MessageDto> Messages);
