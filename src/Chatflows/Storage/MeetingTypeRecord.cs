namespace Chatflows.Storage;

/// <summary>One kind of meeting a host offers (B2), e.g. a 30-minute product demo.</summary>
public sealed class MeetingTypeRecord
{
    public long Id { get; set; }

    public string HostUserId { get; set; } = "";

    /// <summary>Stable per host, so a chatflow or a team's round robin can name the type (e.g. <c>demo</c>).</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int DurationMinutes { get; set; } = 30;

    public int BufferBeforeMinutes { get; set; }

    public int BufferAfterMinutes { get; set; }

    public int MinimumNoticeMinutes { get; set; } = 240;

    public int BookingWindowDays { get; set; } = 14;

    public DateTime CreatedUtc { get; set; }
}
