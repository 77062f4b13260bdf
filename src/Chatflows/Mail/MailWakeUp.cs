using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chatflows.Mail;

/// <summary>
/// Raises <see cref="MailSignal"/> once mail put in the outbox is committed, not when it is added: a worker woken
/// earlier finds nothing it can see and then sleeps a whole poll interval. The mark follows the database
/// transaction, not the context: a transaction may outlive several SaveChanges (a batch of visitor turns, a
/// meeting claimed under a savepoint), and only its commit makes the mail visible to the worker.
/// </summary>
public sealed class MailWakeUp(MailSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly object Marked = new();
    private readonly ConditionalWeakTable<DbContext, object> _unsaved = [];
    private readonly ConditionalWeakTable<DbTransaction, object> _uncommitted = [];

    /// <summary>Mail due now was added to <paramref name="db"/>: wake the worker when it is committed.</summary>
    public void Added(DbContext db)
    {
        if (db.Database.CurrentTransaction is { } transaction)
        {
            _uncommitted.AddOrUpdate(transaction.GetDbTransaction(), Marked);
        }
        else
        {
            _unsaved.AddOrUpdate(db, Marked); // SaveChanges commits it, or a transaction begun before then does
        }
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && _unsaved.Remove(db))
        {
            if (db.Database.CurrentTransaction is { } transaction)
            {
                _uncommitted.AddOrUpdate(transaction.GetDbTransaction(), Marked);
            }
            else
            {
                signal.Raise();
            }
        }

        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_uncommitted.Remove(transaction))
        {
            signal.Raise();
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }
}
