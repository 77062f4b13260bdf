namespace Chatflows.Inbox;

/// <summary>
/// An agent's typing signal. Unlike the visitor's <see cref="Live.TypingRequest"/>, the field is checked in the
/// handler, after the permission check, so a stranger learns nothing from how the body is judged.
/// </summary>
public sealed record AgentTypingRequest(bool? Typing);
