using Chatflows.Storage;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Chatflows.Meetings;

/// <summary>
/// The visitor's calendar file (RFC 5545). Times are UTC (<c>...Z</c>) so every calendar places the
/// meeting right without a VTIMEZONE; the UID is the first meeting's of a chain of moves (<see cref="MeetingLineage"/>),
/// so a moved or cancelled copy replaces the event a calendar already holds.
/// </summary>
public static class MeetingInvitation
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="method">PUBLISH for the download; REQUEST or CANCEL for the invitation by mail (iTIP, RFC 5546).</param>
    public static string Build(
        MeetingRecord meeting, MeetingLineage lineage, string hostName, string? hostEmail, string host, Uri? manageUrl, string method = "PUBLISH")
    {
        var cancelled = meeting.CancelledUtc is not null;
        var calendar = new Calendar { Method = method, ProductId = "-//Chatflows//Meetings//EN" };
        var invitation = new CalendarEvent
        {
            Uid = $"{lineage.FirstReference}@{host}",
            Summary = $"{meeting.Title} with {hostName}",
            Description = manageUrl is null ? $"Reference {meeting.Reference}." : $"Reference {meeting.Reference}. To cancel or reschedule: {manageUrl}",
            Start = new CalDateTime(Utc(meeting.StartUtc)),
            End = new CalDateTime(Utc(meeting.EndUtc)),
            DtStamp = new CalDateTime(Utc(meeting.CancelledUtc ?? meeting.CreatedUtc)),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = lineage.Moves + (cancelled ? 1 : 0),
            Url = manageUrl,
            Organizer = new Organizer($"mailto:{hostEmail ?? $"meetings@{host}"}") { CommonName = hostName },
        };
        invitation.Attendees.Add(new Attendee($"mailto:{meeting.VisitorEmail}")
        {
            CommonName = meeting.VisitorName,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = cancelled ? EventParticipationStatus.Declined : EventParticipationStatus.Accepted,
        });
        calendar.Events.Add(invitation);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
