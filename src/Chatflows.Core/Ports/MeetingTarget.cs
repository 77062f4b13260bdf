namespace Chatflows.Core.Ports;

/// <summary>Whose calendar: a user, or a team in round robin, and which meeting type.</summary>
/// <param name="VisitorTimeZone">The visitor's IANA zone, so slot labels read in their own time; the host's zone when unknown.</param>
/// <param name="ConversationId">The conversation the booking comes from, to link it in the agent's list.</param>
/// <param name="Language">The conversation's language (L1): slot labels name days and months in it. Null reads English.</param>
public sealed record MeetingTarget(
    string? UserId, string? TeamId, string? MeetingTypeId, string? VisitorTimeZone = null, string? ConversationId = null, string? Language = null);
