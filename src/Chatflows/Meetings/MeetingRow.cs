namespace Chatflows.Meetings;

/// <summary>A booked (or cancelled) meeting as staff read it: on the meetings page and in the conversation that booked it.</summary>
public sealed record MeetingRow(
    long Id, string Reference, string Title, string HostUserId, string HostName, DateTime StartUtc, DateTime EndUtc,
    string VisitorName, string VisitorEmail, string? ConversationId, bool Cancelled);
