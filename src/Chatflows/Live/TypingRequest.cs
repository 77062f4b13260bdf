using System.Text.Json.Serialization;

namespace Chatflows.Live;

/// <summary>Whether someone is typing now; clients send <c>true</c> at most every few seconds and <c>false</c> when they stop.</summary>
/// <param name="Typing">Required: a body without it is a 400, not "stopped typing".</param>
public sealed record TypingRequest([property: JsonRequired] bool Typing);
