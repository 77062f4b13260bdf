namespace Chatflows.Live;

/// <summary>
/// One event on a live stream. <see cref="Data"/> is already JSON, serialised once by the publisher, so
/// fanning out to thousands of streams (and across nodes) never serialises again.
/// </summary>
/// <param name="Type">The SSE event name: <c>message</c>, <c>typing</c>, <c>status</c>, <c>conversation</c>, <c>assignment</c>.</param>
/// <param name="Id">The message sequence number for <c>message</c> events (the SSE id); null otherwise.</param>
/// <param name="ConversationId">The conversation it concerns, so an agent's thread page can pick its own.</param>
public sealed record LiveEvent(string Type, long? Id, string ConversationId, string Data);
