using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>
/// The node's writer of conversations, with group commit. Visitor turns (already run by the engine) and every other
/// write on a conversation — an agent's reply or note, a takeover, an assignment, a close, a read mark, a start — wait
/// in one queue; each round takes everything waiting (up to <see cref="MaxBatch"/>), stores the turns in one
/// transaction and the other writes in a second, then answers each caller. On SQLite one round runs at a time, so no
/// two writers of a node race for the file's one write lock and nobody backs off; on PostgreSQL
/// <see cref="TurnOptions.PostgresWriters"/> rounds run at once, kept apart by row locks as several nodes are. A batch
/// of turns that cannot commit whole is retried turn by turn, and each other write runs under its own savepoint, so
/// one bad write never takes others down with it. Callers publish live events after their task completes, so after
/// the commit.
/// </summary>
public sealed partial class TurnBatcher(
    IServiceScopeFactory scopes, IOptions<TurnOptions> options, IOptions<ChatflowsOptions> chatflows, ILogger<TurnBatcher> logger) : BackgroundService
{
    public const int MaxBatch = 128;

    private readonly Channel<Item> _queue = System.Threading.Channels.Channel.CreateBounded<Item>(
        new BoundedChannelOptions(10_000) { SingleReader = false, FullMode = BoundedChannelFullMode.Wait });

    // Until the loop runs (hosted services that start before it, like the demo's sample data) writes run alone, in turn.
    private readonly SemaphoreSlim _beforeStart = new(1, 1);
    private volatile bool _running;

    public async Task<ConversationTurn?> PostAsync(PendingTurn turn, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(new Item(turn, null), cancellationToken);
        return await turn.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the writer's transaction, with the writer's scope (resolve the
    /// <c>ChatflowsDbContext</c> and anything else from it, never from the caller's scope); its tracked changes are
    /// saved after it returns. Completes after the commit; throws what the work threw, its changes rolled back.
    /// </summary>
    /// <remarks>The work may run again after a failed commit, so it reads what it changes inside, never before.</remarks>
    public async Task<T> WriteAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new QueuedWrite(async (services, token) => await work(services, token));
        if (!_running)
        {
            await _beforeStart.WaitAsync(cancellationToken);
            try
            {
                if (!_running)
                {
                    await WriteAloneAsync(write, cancellationToken);
                    return (T)(await write.Completion.Task)!;
                }
            }
            finally
            {
                _beforeStart.Release();
            }
        }

        await _queue.Writer.WriteAsync(new Item(null, write), cancellationToken);
        return (T)(await write.Completion.Task.WaitAsync(cancellationToken))!;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _beforeStart.WaitAsync(stoppingToken);
        _running = true;
        _beforeStart.Release();
        var writers = chatflows.Value.Database.Provider == Storage.DatabaseProvider.Postgres ? options.Value.PostgresWriters : 1;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => WriteUntilStoppedAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task WriteUntilStoppedAsync(CancellationToken stoppingToken)
    {
        List<PendingTurn> turns = [];
        List<QueuedWrite> writes = [];
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                turns.Clear();
                writes.Clear();
                while (turns.Count + writes.Count < MaxBatch && _queue.Reader.TryRead(out var item))
                {
                    if (item.Turn is { } turn)
                    {
                        turns.Add(turn);
                    }
                    else
                    {
                        writes.Add(item.Write!);
                    }
                }

                // Turns first: a turn stores only on the sequence number it ran on, so an agent's write of the same
                // round going first would send it round again; the agent's write reads its rows inside the transaction.
                if (turns.Count > 0)
                {
                    await WriteAsync(turns, stoppingToken);
                }

                if (writes.Count > 0)
                {
                    await WriteAsync(writes, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: nothing waiting was written, so nobody is told it was.
            turns.ForEach(t => t.Completion.TrySetCanceled(stoppingToken));
            writes.ForEach(w => w.Completion.TrySetCanceled(stoppingToken));
            while (_queue.Reader.TryRead(out var item))
            {
                item.Turn?.Completion.TrySetCanceled(stoppingToken);
                item.Write?.Completion.TrySetCanceled(stoppingToken);
            }
        }
    }

    private async Task WriteAsync(List<PendingTurn> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<TurnBatchWriter>().WriteAsync(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogBatchFallback(logger, e, batch.Count);
            foreach (var turn in batch)
            {
                await WriteAloneAsync(turn, cancellationToken);
            }
        }
    }

    private async Task WriteAloneAsync(PendingTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<TurnBatchWriter>().WriteAsync([turn], cancellationToken);
            turn.Completion.TrySetResult(results[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException && ConversationService.IsWriteConflict(e))
        {
            turn.Completion.TrySetResult(null); // another writer got in between: the turn runs again on fresh state
        }
        catch (Exception e)
        {
            turn.Completion.TrySetException(e);
        }
    }

    private async Task WriteAsync(List<QueuedWrite> writes, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<ConversationWriteBatch>(scope.ServiceProvider).WriteAsync(writes, cancellationToken);
            writes.ForEach(w => w.Committed());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWritesFallback(logger, e, writes.Count);
            foreach (var write in writes)
            {
                await WriteAloneAsync(write, cancellationToken);
            }
        }
    }

    private async Task WriteAloneAsync(QueuedWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<ConversationWriteBatch>(scope.ServiceProvider).WriteAsync([write], cancellationToken);
            write.Committed();
        }
        catch (Exception e)
        {
            write.Completion.TrySetException(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} visitor turns could not commit whole; writing them one by one")]
    private static partial void LogBatchFallback(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} conversation writes could not commit whole; writing them one by one")]
    private static partial void LogWritesFallback(ILogger logger, Exception exception, int count);

    private readonly record struct Item(PendingTurn? Turn, QueuedWrite? Write);
}
