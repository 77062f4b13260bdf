using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>One meeting as its visitor sees it through the token in their links, with the free times to move it to.</summary>
/// <param name="Zone">The visitor's zone when they gave one, otherwise the host's.</param>
/// <param name="Standing">Neither cancelled nor over: it can still be cancelled or moved.</param>
/// <param name="Slots">Free times of the same meeting type, only while <paramref name="Standing"/>.</param>
public sealed record VisitorMeeting(
    string Title, string HostName, DateTime StartUtc, DateTime EndUtc, string VisitorName, string VisitorEmail, string Reference,
    bool Cancelled, bool Standing, DateTimeZone Zone, IReadOnlyList<MeetingSlot> Slots);
