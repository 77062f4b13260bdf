namespace Chatflows.Visitors.Contracts;

/// <summary>A conversation after a turn: its id, its status, and the messages the turn added.</summary>
/// <param name="VisitorId">The anonymous visitor id to send back as <c>X-Chatflows-Visitor</c>; the widget keeps it in the page until cookie consent.</param>
/// <param name="Status"><c>active</c>, <c>waitingForVisitor</c>, <c>handedOff</c> or <c>ended</c>.</param>
/// <param name="StreamToken">Opens this conversation's live events (<c>?token=</c>), for <c>EventSource</c>, which cannot send the visitor header.</param>
/// <param name="Language">The language the conversation speaks (L1), given when it starts: one of the chatflow's languages.</param>
public sealed record ConversationResponse(
    string ConversationId, string VisitorId, string Status, IReadOnlyList<MessageDto> Messages, string? StreamToken = null, string? Language = null);
