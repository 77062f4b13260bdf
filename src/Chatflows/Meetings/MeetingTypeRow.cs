namespace Chatflows.Meetings;

/// <summary>A host's meeting type as the meetings pages list and edit it.</summary>
/// <param name="HostName">The host's display name, or their id when the account is gone.</param>
public sealed record MeetingTypeRow(
    long Id, string HostUserId, string HostName, string Name, string Slug, int DurationMinutes, int BufferBeforeMinutes,
    int BufferAfterMinutes, int MinimumNoticeMinutes, int BookingWindowDays);
