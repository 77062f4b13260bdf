namespace Chatflows.Visitors.Contracts;

/// <summary>Body of <c>POST /chatflows/api/conversations/{id}/messages</c>.</summary>
/// <param name="ClientMessageId">Made by the widget, unique per message (e.g. a UUID); a retry sends the same one and stores nothing twice.</param>
/// <param name="Text">What the visitor typed, or the value of the quick reply they pressed.</param>
public sealed record PostMessageRequest(string? ClientMessageId, string? Text);
