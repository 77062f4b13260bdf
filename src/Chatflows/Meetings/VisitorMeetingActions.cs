using System.Globalization;
using Chatflows.Storage;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>What a visitor may do with their meeting through the token in their links: cancel it once, or move it to a free time.</summary>
public sealed class VisitorMeetingActions(ChatflowsDbContext db, MeetingCalendar calendar, MeetingBooker booker, TimeProvider time)
{
    /// <returns>Null when the token names no meeting; false when it was already cancelled.</returns>
    public async Task<bool?> CancelAsync(string? token, CancellationToken cancellationToken) =>
        await MeetingEndpoints.FindAsync(db, token, cancellationToken) is { } found
            ? await booker.CancelAsync(found.Meeting.Id, cancellationToken)
            : null;

    /// <param name="slot">The id of one of the free times <see cref="MeetingQueries.ForVisitorAsync"/> offered.</param>
    /// <returns>The outcome, and the new meeting's token (its links replace the old ones) when moved.</returns>
    public async Task<(RescheduleOutcome Outcome, string? Token)> RescheduleAsync(string? token, string? slot, CancellationToken cancellationToken)
    {
        if (await MeetingEndpoints.FindAsync(db, token, cancellationToken) is not { } found)
        {
            return (RescheduleOutcome.NotFound, null);
        }

        var meeting = found.Meeting;
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        if (meeting.CancelledUtc is not null || MeetingCalendar.ToInstant(meeting.EndUtc) <= now)
        {
            return (RescheduleOutcome.NotStanding, null);
        }

        var plan = await calendar.PlanAsync(meeting.HostUserId, meeting.MeetingTypeId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var chosen = plan is null ? null : (await calendar.SlotsAsync(plan, now, MeetingQueries.VisitorSlots, cancellationToken))
            .Select(s => MeetingScheduler.ToSlot(s, "")).FirstOrDefault(s => s.Id == slot);
        if (plan is null || chosen is null)
        {
            return (RescheduleOutcome.NoSuchSlot, null);
        }

        var booked = await booker.BookAsync(
            plan, new Interval(chosen.Start, chosen.End), meeting.VisitorName, meeting.VisitorEmail, meeting.VisitorTimeZone, meeting.ConversationId, meeting, cancellationToken);
        return booked is null ? (RescheduleOutcome.Taken, null) : (RescheduleOutcome.Moved, booked.Token);
    }
}
