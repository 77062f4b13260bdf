using NodaTime;

namespace Chatflows.Core.Ports;

/// <summary>A free time; <see cref="Id"/> is what the visitor's choice sends back.</summary>
public sealed record MeetingSlot(string Id, Instant Start, Instant End, string Label);
