namespace Chatflows.Storage;

/// <summary>A host's weekly hours and blocked dates for meetings, in the host's own time zone.</summary>
public sealed class MeetingAvailabilityRecord
{
    public string UserId { get; set; } = "";

    /// <summary>IANA zone the hours are written in, e.g. <c>Europe/Amsterdam</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>An <c>OfficeHours</c> document: weekly ranges and blocked dates (its holidays).</summary>
    public string HoursJson { get; set; } = "{}";

    public DateTime UpdatedUtc { get; set; }
}
