using Chatflows.Channel;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>Reading meetings: hosts' types and upcoming meetings for the admin, a conversation's bookings, the visitor's own meeting.</summary>
public sealed class MeetingQueries(ChatflowsDbContext db, MeetingCalendar calendar, ChannelSettingsStore channel, TimeProvider time)
{
    /// <summary>Most free times the visitor's page offers to move a meeting to.</summary>
    public const int VisitorSlots = 8;

    /// <summary>Meeting types by host, then name; every host's when <paramref name="hostId"/> is null.</summary>
    public async Task<IReadOnlyList<MeetingTypeRow>> TypesAsync(string? hostId, CancellationToken cancellationToken) =>
        await (
            from t in db.MeetingTypes.AsNoTracking()
            where hostId == null || t.HostUserId == hostId
            orderby t.HostUserId, t.Name
            select new MeetingTypeRow(
                t.Id, t.HostUserId, db.Users.Where(u => u.Id == t.HostUserId).Select(u => u.DisplayName).FirstOrDefault() ?? t.HostUserId,
                t.Name, t.Slug, t.DurationMinutes, t.BufferBeforeMinutes, t.BufferAfterMinutes, t.MinimumNoticeMinutes, t.BookingWindowDays))
            .ToListAsync(cancellationToken);

    public async Task<MeetingTypeRow?> TypeAsync(long id, CancellationToken cancellationToken) =>
        await db.MeetingTypes.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new MeetingTypeRow(
                t.Id, t.HostUserId, db.Users.Where(u => u.Id == t.HostUserId).Select(u => u.DisplayName).FirstOrDefault() ?? t.HostUserId,
                t.Name, t.Slug, t.DurationMinutes, t.BufferBeforeMinutes, t.BufferAfterMinutes, t.MinimumNoticeMinutes, t.BookingWindowDays))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Meetings still to come (and those that started in the last hour), soonest first; every host's when <paramref name="hostId"/> is null.</summary>
    public async Task<IReadOnlyList<MeetingRow>> UpcomingAsync(string? hostId, int max, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().UtcDateTime.AddHours(-1);
        return await RowsAsync(db.Meetings.Where(m => (hostId == null || m.HostUserId == hostId) && m.EndUtc > since && db.Users.Any(u => u.Id == m.HostUserId))
            .OrderBy(m => m.StartUtc).Take(max), cancellationToken);
    }

    public async Task<MeetingRow?> MeetingAsync(long id, CancellationToken cancellationToken) =>
        (await RowsAsync(db.Meetings.Where(m => m.Id == id), cancellationToken)).SingleOrDefault();

    /// <summary>
    /// The meetings a conversation booked, as lines in its inbox thread (issue #10: "the booking shows in the conversation
    /// thread"), in the site's zone (the channel settings), the zone the whole inbox works in.
    /// </summary>
    public async Task<ConversationMeetings> ForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var meetings = await RowsAsync(db.Meetings.Where(m => m.ConversationId == conversationId).OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id), cancellationToken);
        var zone = MeetingCalendar.Zone((await channel.GetAsync(cancellationToken)).Settings.TimeZone);
        return new ConversationMeetings(meetings, zone);
    }

    /// <summary>The meeting behind a visitor's token; null for a token that is malformed or names no meeting.</summary>
    public async Task<VisitorMeeting?> ForVisitorAsync(string? token, CancellationToken cancellationToken)
    {
        if (await MeetingEndpoints.FindAsync(db, token, cancellationToken) is not { } found)
        {
            return null;
        }

        var meeting = found.Meeting;
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var plan = await calendar.PlanAsync(meeting.HostUserId, meeting.MeetingTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(meeting.VisitorTimeZone ?? "") ?? plan?.Zone ?? DateTimeZone.Utc;
        var standing = meeting.CancelledUtc is null && MeetingCalendar.ToInstant(meeting.EndUtc) > now;
        IReadOnlyList<Core.Ports.MeetingSlot> slots = standing && plan is not null
            ? [.. (await calendar.SlotsAsync(plan, now, VisitorSlots, cancellationToken)).Select(s => MeetingScheduler.ToSlot(s, MeetingScheduler.Label(s.Start, zone.Id, zone)))]
            : [];
        return new VisitorMeeting(meeting.Title, found.HostName, meeting.StartUtc, meeting.EndUtc, meeting.VisitorName, meeting.VisitorEmail,
            meeting.Reference, meeting.CancelledUtc is not null, standing, zone, slots);
    }

    private async Task<IReadOnlyList<MeetingRow>> RowsAsync(IQueryable<MeetingRecord> meetings, CancellationToken cancellationToken)
    {
        var list = await meetings.AsNoTracking().ToListAsync(cancellationToken);
        var hostIds = list.Select(m => m.HostUserId).Distinct().ToList();
        var names = await db.Users.Where(u => hostIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. list.Select(m => new MeetingRow(m.Id, m.Reference, m.Title, m.HostUserId, names.GetValueOrDefault(m.HostUserId) ?? m.HostUserId,
            m.StartUtc, m.EndUtc, m.VisitorName, m.VisitorEmail, m.ConversationId, m.CancelledUtc is not null))];
    }
}
