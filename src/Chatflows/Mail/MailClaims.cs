using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Claims due mail for one node and records how each attempt ended. A claim is a conditional UPDATE that
/// only succeeds while the row is still what this node read (same status, same attempt count), so of two
/// nodes racing for a row exactly one changes it — on SQLite's single writer and on PostgreSQL, whose
/// UPDATE re-checks the condition after a concurrent commit, alike. A claim is a lease: when the node
/// dies while sending, the row is due again once the lease ends, with the same Message-Id.
/// Claims and outcomes are written by the node's one writer (<see cref="TurnBatcher"/>), in its transaction beside the
/// visitor turns: on SQLite every commit of their own took the file's single write lock between two of the writer's
/// rounds (and waited for it), so the worker and the turns held each other up.
/// </summary>
public sealed class MailClaims(TurnBatcher writer, IOptionsMonitor<MailOptions> options, TimeProvider time)
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(6);

    public Task<IReadOnlyList<MailOutboxRecord>> ClaimAsync(string node, int count, CancellationToken cancellationToken) =>
        WriteAsync((db, token) => ClaimAsync(db, node, count, token), cancellationToken);

    private async Task<IReadOnlyList<MailOutboxRecord>> ClaimAsync(ChatflowsDbContext db, string node, int count, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow().UtcDateTime;
        await GiveUpAbandonedAsync(db, settings.MaxAttempts, now, cancellationToken);
        var due = await db.MailOutbox.AsNoTracking()
            .Where(m => m.Attempts < settings.MaxAttempts
                && ((m.Status == MailStatuses.Pending && m.NextAttemptUtc <= now) || (m.Status == MailStatuses.Sending && m.LeaseUntilUtc < now)))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(count).ToListAsync(cancellationToken);
        List<MailOutboxRecord> claimed = [];
        var until = now + settings.Lease;

        // The batch's claims commit together, in the writer's transaction: no commit of their own. Rows are claimed in
        // the order both nodes read them, so two nodes' transactions wait for each other's rows in the same order on
        // PostgreSQL and cannot deadlock.
        foreach (var row in due)
        {
            var changed = await db.MailOutbox
                .Where(m => m.Id == row.Id && m.Status == row.Status && m.Attempts == row.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, MailStatuses.Sending)
                    .SetProperty(m => m.LeaseOwner, node)
                    .SetProperty(m => m.LeaseUntilUtc, until)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            if (changed == 1)
            {
                row.Status = MailStatuses.Sending;
                row.LeaseOwner = node;
                row.Attempts++;
                claimed.Add(row);
            }
        }

        return claimed;
    }

    public Task<int> MarkSentAsync(MailOutboxRecord row, string? subject, CancellationToken cancellationToken) =>
        EndAsync(row, MailStatuses.Sent, subject, null, time.GetUtcNow().UtcDateTime, cancellationToken);

    public Task<int> MarkSkippedAsync(MailOutboxRecord row, string reason, CancellationToken cancellationToken) =>
        EndAsync(row, MailStatuses.Skipped, null, reason, null, cancellationToken);

    public Task<int> MarkRefusedAsync(MailOutboxRecord row, string reason, CancellationToken cancellationToken) =>
        EndAsync(row, MailStatuses.Failed, null, reason, null, cancellationToken);

    /// <summary>A failed attempt: due again after an exponential back-off, or failed for good after the last attempt.</summary>
    public Task<int> MarkAttemptFailedAsync(MailOutboxRecord row, string? subject, string reason, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (row.Attempts >= settings.MaxAttempts)
        {
            return EndAsync(row, MailStatuses.Failed, subject, reason, null, cancellationToken);
        }

        var delay = settings.RetryDelay * Math.Pow(2, Math.Min(row.Attempts - 1, 20));
        var next = time.GetUtcNow().UtcDateTime + (delay < LongestDelay ? delay : LongestDelay);
        return WriteAsync((db, token) => db.MailOutbox.Where(m => m.Id == row.Id && m.LeaseOwner == row.LeaseOwner && m.Status == MailStatuses.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MailStatuses.Pending)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(m => m.Subject, m => subject ?? m.Subject)
                .SetProperty(m => m.LastError, Cut(reason)), token), cancellationToken);
    }

    // Only the node holding the lease may end it: a node that outlived its lease must not overwrite the new owner's result.
    private Task<int> EndAsync(MailOutboxRecord row, string status, string? subject, string? reason, DateTime? sentUtc, CancellationToken cancellationToken) =>
        WriteAsync((db, token) => db.MailOutbox.Where(m => m.Id == row.Id && m.LeaseOwner == row.LeaseOwner && m.Status == MailStatuses.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.SentUtc, sentUtc)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(m => m.Subject, m => subject ?? m.Subject)
                .SetProperty(m => m.LastError, reason == null ? null : Cut(reason)), token), cancellationToken);

    // A row whose last allowed attempt was claimed by a node that then died is not retried again.
    private static Task<int> GiveUpAbandonedAsync(ChatflowsDbContext db, int maxAttempts, DateTime now, CancellationToken cancellationToken) =>
        db.MailOutbox.Where(m => m.Status == MailStatuses.Sending && m.LeaseUntilUtc < now && m.Attempts >= maxAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MailStatuses.Failed)
                .SetProperty(m => m.LastError, "The node sending it stopped during the last attempt."), cancellationToken);

    private Task<T> WriteAsync<T>(Func<ChatflowsDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        writer.WriteAsync((services, token) => work(services.GetRequiredService<ChatflowsDbContext>(), token), cancellationToken);

    private static string Cut(string reason) => reason.Length <= 1000 ? reason : reason[..1000];
}
