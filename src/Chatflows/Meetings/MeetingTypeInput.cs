namespace Chatflows.Meetings;

/// <summary>A meeting type as the admin form and the recipe step write it.</summary>
public sealed record MeetingTypeInput(
    string Slug, string Name, int DurationMinutes = 30, int BufferBeforeMinutes = 0, int BufferAfterMinutes = 0,
    int MinimumNoticeMinutes = 240, int BookingWindowDays = 14);
