using Chatflows.Core.Availability;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Core.Tests.Availability;

/// <summary>A site in Europe/Amsterdam, whose 2026 DST changes (29 March, 25 October) the tests cross.</summary>
internal static class Amsterdam
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>An unambiguous local time in Amsterdam; DST edge cases use <see cref="Instant.FromUtc(int, int, int, int, int)"/>.</summary>
    public static Instant At(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    public static TimeRange Range(string start, string end) => new(Time.Parse(start).Value, Time.Parse(end).Value);

    public static DayHours Day(IsoDayOfWeek day, params TimeRange[] ranges) => new(day, ranges);

    public static OfficeHours Hours(params DayHours[] days) => new() { Days = days };
}
