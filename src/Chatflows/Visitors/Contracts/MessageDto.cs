using System.Text.Json.Nodes;

namespace Chatflows.Visitors.Contracts;

/// <summary>A message as the widget receives it. <see cref="Text"/> is plain text: show it with textContent.</summary>
/// <param name="Seq">Position in the conversation (1, 2, 3…); also the live stream's event id.</param>
/// <param name="Author"><c>visitor</c>, <c>bot</c> or <c>agent</c>.</param>
/// <param name="Kind"><c>text</c>, <c>question</c>, <c>invalid</c>, <c>articles</c>, <c>meetingSlots</c> or <c>error</c>.</param>
/// <param name="Payload">Quick replies, input hint, typing delay, article cards or meeting slots.</param>
public sealed record MessageDto(long Seq, string Author, string Kind, string Text, JsonObject? Payload, DateTimeOffset CreatedUtc);
