using Chatflows.Core.Availability;
using Chatflows.Core.Meetings;
using Chatflows.Storage;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>Everything slot generation needs about one host and one of their meeting types.</summary>
public sealed record HostPlan(string UserId, string DisplayName, string? Email, MeetingTypeRecord Type, OfficeHours Hours, DateTimeZone Zone)
{
    public MeetingRules Rules { get; } = MeetingRules.FromMinutes(
        Type.DurationMinutes, Type.BufferBeforeMinutes, Type.BufferAfterMinutes, Type.MinimumNoticeMinutes, Type.BookingWindowDays);
}
