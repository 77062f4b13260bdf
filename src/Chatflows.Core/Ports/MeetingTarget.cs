namespace Chatflows.Core.Ports;

/// <summary>Whose calendar: a user, or a team in round robin, and which meeting type.</summary>
public sealed record MeetingTarget(string? UserId, string? TeamId, string? MeetingTypeId);
