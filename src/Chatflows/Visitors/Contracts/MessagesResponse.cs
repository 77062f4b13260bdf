namespace Chatflows.Visitors.Contracts;

/// <summary>Messages after a sequence number, for catch-up after a reconnect and for the history of a resumed conversation.</summary>
/// <param name="StreamToken">Opens this conversation's live events (<c>?token=</c>), so a page that resumes the conversation can follow it.</param>
public sealed record MessagesResponse(string ConversationId, string Status, IReadOnlyList<MessageDto> Messages, string? StreamToken = null);
