using Chatflows.Core.Engine;
using Chatflows.Core.Meetings;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>
/// Books and cancels meetings. The check that a slot is free happens in the application, but the
/// guarantee is the database's: the meeting's five-minute claims go in under a unique key in the same
/// transaction, so of two visitors racing for overlapping times exactly one commits. A visitor turn's
/// booking (a <see cref="BookMeeting"/> side effect) is claimed by the turn's writer, in the turn's transaction.
/// </summary>
public sealed partial class MeetingBooker(
    ChatflowsDbContext db, MeetingCalendar calendar, Mail.MeetingMails mails, TimeProvider time, ILogger<MeetingBooker> logger)
{
    private const string Savepoint = "meeting_booking";

    /// <summary>Stores the meeting in a transaction of its own; null when the time is no longer free (someone else got it first).</summary>
    /// <param name="replaces">A meeting of the same visitor to cancel in the same transaction (rescheduling).</param>
    public async Task<BookedMeeting?> BookAsync(
        HostPlan plan, Interval slot, string name, string email, string? visitorTimeZone, string? conversationId,
        MeetingRecord? replaces, CancellationToken cancellationToken)
    {
        var token = MeetingTokens.New();
        var meeting = NewMeeting(plan, slot, MeetingTokens.NewReference(), name, email, visitorTimeZone, conversationId, token, replaces?.Id);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(plan, slot, meeting, token, replaces, cancellationToken))
        {
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return new BookedMeeting(meeting, token);
    }

    /// <summary>
    /// Stores a booking a visitor turn requested, in the open transaction of the writer that stores the turn;
    /// false when the time was taken since the turn ran, and then nothing of the booking is left in the
    /// transaction or the context: the writer goes on with the batch's other turns.
    /// </summary>
    public async Task<bool> ClaimAsync(BookMeeting booking, string? conversationId, CancellationToken cancellationToken)
    {
        if (await calendar.PlanAsync(booking.HostUserId, booking.MeetingTypeId, cancellationToken) is not { } plan)
        {
            return false;
        }

        var slot = new Interval(booking.Start, booking.End);
        var meeting = NewMeeting(plan, slot, booking.Reference, booking.VisitorName, booking.VisitorEmail, booking.VisitorTimeZone, conversationId, booking.Token, null);
        return await ClaimAsync(plan, slot, meeting, booking.Token, null, cancellationToken);
    }

    // The check that the time is free happens here, but the guarantee is the claims' unique key; both run under a
    // savepoint of the caller's transaction, so a refused booking leaves the rest of that transaction as it was.
    private async Task<bool> ClaimAsync(HostPlan plan, Interval slot, MeetingRecord meeting, string token, MeetingRecord? replaces, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A meeting is claimed inside its caller's transaction.");
        var busy = await calendar.BusyAsync(plan.UserId, slot.Start, cancellationToken);
        if (replaces is not null)
        {
            busy = [.. busy.Where(b => b.Meeting.Start != MeetingCalendar.ToInstant(replaces.StartUtc))];
        }

        if (slot.Duration != plan.Rules.Duration || !SlotGenerator.IsFree(slot, plan.Rules, busy))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken); // what the caller has written so far stays, whatever happens to the booking
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            if (replaces is not null && !await ReleaseAsync(replaces.Id, meeting.CreatedUtc, cancellationToken))
            {
                await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                return false;
            }

            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
            db.MeetingClaims.AddRange(MeetingGrains.Of(slot).Select(block => new MeetingClaimRecord
            {
                HostUserId = plan.UserId,
                BlockStartUtc = block.ToDateTimeUtc(),
                MeetingId = meeting.Id,
            }));
            await mails.AddAsync(db, meeting, replaces is null ? Mail.MailKinds.MeetingBooked : Mail.MailKinds.MeetingRescheduled, token, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            return true;
        }
        catch (DbUpdateException e)
        {
            // The claims' key refused the insert: the time was taken between our check and our write.
            LogSlotTaken(e, slot.Start, plan.UserId);
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            db.Entry(meeting).State = EntityState.Detached;
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is not EntityState.Unchanged).ToList())
            {
                entry.State = EntityState.Detached; // only the booking's rows: everything else was saved before the savepoint
            }

            return false;
        }
    }

    private MeetingRecord NewMeeting(
        HostPlan plan, Interval slot, string reference, string name, string email, string? visitorTimeZone, string? conversationId, string token, long? replaces) => new()
    {
        Reference = reference,
        HostUserId = plan.UserId,
        MeetingTypeId = plan.Type.Id,
        Title = plan.Type.Name,
        StartUtc = slot.Start.ToDateTimeUtc(),
        EndUtc = slot.End.ToDateTimeUtc(),
        BufferBeforeMinutes = plan.Type.BufferBeforeMinutes,
        BufferAfterMinutes = plan.Type.BufferAfterMinutes,
        VisitorName = Truncate(name, 200),
        VisitorEmail = Truncate(email, 254),
        VisitorTimeZone = visitorTimeZone,
        ConversationId = conversationId,
        TokenHash = MeetingTokens.Hash(token),
        CreatedUtc = time.GetUtcNow().UtcDateTime,
        RescheduledFromId = replaces,
    };

    /// <summary>Cancels a standing meeting and frees its time; false when it was already cancelled.</summary>
    public async Task<bool> CancelAsync(long meetingId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await ReleaseAsync(meetingId, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (cancelled && await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken) is { } meeting)
        {
            await mails.AddAsync(db, meeting, Mail.MailKinds.MeetingCancelled, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return cancelled;
    }

    // The conditional update makes "cancel works once" hold under races too: only one caller sees a row change.
    private async Task<bool> ReleaseAsync(long meetingId, DateTime now, CancellationToken cancellationToken)
    {
        var changed = await db.Meetings.Where(m => m.Id == meetingId && m.CancelledUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledUtc, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        await db.MeetingClaims.Where(c => c.MeetingId == meetingId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting slot {Start} of host {Host} was taken concurrently")]
    private partial void LogSlotTaken(Exception exception, Instant start, string host);
}
