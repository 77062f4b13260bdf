namespace Chatflows.Core.Ports;

/// <summary>A booked meeting: its reference, who it is with, and where the visitor gets the invitation.</summary>
public sealed record MeetingBooking(string Reference, string WithName, string InvitationUrl);
