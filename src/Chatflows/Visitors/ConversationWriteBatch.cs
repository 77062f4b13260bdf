using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>
/// Runs the writes of one round of the node's writer that are not visitor turns in one transaction, each under a
/// savepoint: a write that fails rolls back alone and its caller hears the failure, the others commit together.
/// </summary>
internal sealed class ConversationWriteBatch(ChatflowsDbContext db, IServiceProvider services)
{
    private const string Savepoint = "chatflows_write";

    public async Task WriteAsync(IReadOnlyList<QueuedWrite> writes, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var write in writes)
        {
            db.ChangeTracker.Clear();
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            try
            {
                await write.RunAsync(services, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                write.Failed(e);
            }
        }

        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
    }
}
