using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Chatflows.Meetings;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Mail;

/// <summary>
/// A meeting's mail: its title, host, time (in the visitor's zone when known) and reference, with the
/// calendar file attached — <c>METHOD:REQUEST</c> for a booking, <c>METHOD:CANCEL</c> for a cancellation,
/// the same UID as the invitation download, kept across moves (<see cref="MeetingLineage"/>), so calendars update the one event.
/// </summary>
public sealed class MeetingMailContent(ChatflowsDbContext db) : IMailContent
{
    public IReadOnlyList<string> Kinds { get; } = [MailKinds.MeetingBooked, MailKinds.MeetingRescheduled, MailKinds.MeetingCancelled, MailKinds.MeetingHost];

    public async Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken)
    {
        var id = (long?)model["meetingId"] ?? 0;
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return MailContent.Skipped("The meeting no longer exists.");
        }

        var host = await db.Users.AsNoTracking().Where(u => u.Id == meeting.HostUserId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        var hostName = host?.DisplayName ?? "";
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(meeting.VisitorTimeZone ?? "") ?? DateTimeZone.Utc;
        var start = Instant.FromDateTimeUtc(DateTime.SpecifyKind(meeting.StartUtc, DateTimeKind.Utc)).InZone(zone);
        var culture = CultureInfo.GetCultureInfo(row.Language);
        model["title"] = meeting.Title;
        model["hostName"] = hostName;
        model["visitorName"] = meeting.VisitorName;
        model["visitorEmail"] = meeting.VisitorEmail;
        model["reference"] = meeting.Reference;
        model["time"] = $"{start.ToString("dddd d MMMM yyyy, HH:mm", culture)} ({zone.Id})";
        model["minutes"] = (long)(meeting.EndUtc - meeting.StartUtc).TotalMinutes;

        var cancel = meeting.CancelledUtc is not null;
        var manage = (string?)model["manageUrl"] is { } url ? new Uri(url) : null;
        var site = (string?)model["site"] ?? "localhost";
        var ics = MeetingInvitation.Build(meeting, await MeetingLineage.OfAsync(db, meeting, cancellationToken), hostName, host?.Email, site, manage, cancel ? "CANCEL" : "REQUEST");
        var method = cancel ? "CANCEL" : "REQUEST";
        return new MailContent([new MailAttachment("invite.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(ics))], []);
    }
}
