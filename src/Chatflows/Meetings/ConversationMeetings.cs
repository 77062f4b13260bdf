using System.Globalization;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>The meetings a conversation booked, with the site's zone their times read in.</summary>
public sealed record ConversationMeetings(IReadOnlyList<MeetingRow> Meetings, DateTimeZone Zone)
{
    public string Local(DateTime utc) =>
        MeetingCalendar.ToInstant(utc).InZone(Zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
