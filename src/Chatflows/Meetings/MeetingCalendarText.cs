using System.Globalization;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>How meeting times read on the admin and public pages.</summary>
public static class MeetingCalendarText
{
    public static string Time(DateTime utc, DateTimeZone zone) =>
        MeetingCalendar.ToInstant(utc).InZone(zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime utc, DateTimeZone zone) =>
        MeetingCalendar.ToInstant(utc).InZone(zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
