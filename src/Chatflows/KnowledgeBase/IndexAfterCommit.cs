using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Holds back index changes made inside a database transaction (a recipe runs whole or not at all)
/// until it commits, and forgets them when it does not: the index never shows what was rolled back.
/// Outside a transaction, SaveChanges has already committed, so changes apply at once.
/// </summary>
public sealed class IndexAfterCommit : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<Action>> _pending = [];

    public void Run(DbContext db, Action change)
    {
        if (db.Database.CurrentTransaction is null)
        {
            change();
            return;
        }

        lock (_pending)
        {
            _pending.GetOrCreateValue(db).Add(change);
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var change in Take(eventData.Context))
        {
            change();
        }
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        // Whatever an earlier transaction left (rolled back, or disposed without commit) must never apply.
        Take(eventData.Context);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private List<Action> Take(DbContext? db)
    {
        if (db is null)
        {
            return [];
        }

        lock (_pending)
        {
            if (!_pending.TryGetValue(db, out var changes))
            {
                return [];
            }

            _pending.Remove(db);
            return changes;
        }
    }
}
