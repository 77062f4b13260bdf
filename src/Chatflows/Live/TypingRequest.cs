namespace Chatflows.Live;

/// <summary>Whether someone is typing now; clients send <c>true</c> at most every few seconds and <c>false</c> when they stop.</summary>
public sealed record TypingRequest(bool Typing);
