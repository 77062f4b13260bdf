using Chatflows.Core.Meetings;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>
/// Books and cancels meetings. The check that a slot is free happens in the application, but the
/// guarantee is the database's: the meeting's five-minute claims go in under a unique key in the same
/// transaction, so of two visitors racing for overlapping times exactly one commits.
/// </summary>
public sealed partial class MeetingBooker(
    ChatflowsDbContext db, MeetingCalendar calendar, Mail.MeetingMails mails, TimeProvider time, ILogger<MeetingBooker> logger)
{
    private const string Savepoint = "meeting_booking";

    /// <summary>Stores the meeting; null when the time is no longer free (someone else got it first).</summary>
    /// <param name="replaces">A meeting of the same visitor to cancel in the same transaction (rescheduling).</param>
    public async Task<BookedMeeting?> BookAsync(
        HostPlan plan, Interval slot, string name, string email, string? visitorTimeZone, string? conversationId,
        MeetingRecord? replaces, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var busy = await calendar.BusyAsync(plan.UserId, slot.Start, cancellationToken);
        if (replaces is not null)
        {
            busy = [.. busy.Where(b => b.Meeting.Start != MeetingCalendar.ToInstant(replaces.StartUtc))];
        }

        if (slot.Duration != plan.Rules.Duration || !SlotGenerator.IsFree(slot, plan.Rules, busy))
        {
            return null;
        }

        var token = MeetingTokens.New();
        var meeting = new MeetingRecord
        {
            Reference = MeetingTokens.NewReference(),
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
            CreatedUtc = now,
            RescheduledFromId = replaces?.Id,
        };

        // Inside a visitor turn the booking joins the turn's transaction under a savepoint (TurnTransaction).
        db.ChangeTracker.Clear();
        var joined = db.Database.CurrentTransaction;
        await using var own = joined is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var transaction = joined ?? own!;
        if (joined is not null)
        {
            await joined.CreateSavepointAsync(Savepoint, cancellationToken);
        }

        try
        {
            if (replaces is not null && !await ReleaseAsync(replaces.Id, now, cancellationToken))
            {
                return null;
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
            if (joined is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await joined.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }

            return new BookedMeeting(meeting, token);
        }
        catch (DbUpdateException e)
        {
            // The claims' key refused the insert: the time was taken between our check and our write.
            LogSlotTaken(e, slot.Start, plan.UserId);
            if (joined is null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await joined.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            return null;
        }
    }

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
