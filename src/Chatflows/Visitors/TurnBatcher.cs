using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chatflows.Visitors;

/// <summary>
/// The node's writer of visitor turns, with group commit: it takes every turn waiting (up to <see cref="MaxBatch"/>),
/// already run by the engine, and stores them in one transaction, then answers each. One commit per batch instead
/// of per message, and no writers fighting over the database lock. A batch that cannot commit whole is retried
/// turn by turn, so one bad turn never takes others down with it.
/// </summary>
public sealed partial class TurnBatcher(IServiceScopeFactory scopes, ILogger<TurnBatcher> logger) : BackgroundService
{
    public const int MaxBatch = 128;

    private readonly Channel<PendingTurn> _queue = System.Threading.Channels.Channel.CreateBounded<PendingTurn>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public async Task<ConversationTurn?> PostAsync(PendingTurn turn, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(turn, cancellationToken);
        return await turn.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<PendingTurn> batch = [];
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var turn))
                {
                    batch.Add(turn);
                }

                await WriteAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: nothing waiting was written, so nobody is told it was.
            batch.ForEach(t => t.Completion.TrySetCanceled(stoppingToken));
            while (_queue.Reader.TryRead(out var turn))
            {
                turn.Completion.TrySetCanceled(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} visitor turns could not commit whole; writing them one by one")]
    private static partial void LogBatchFallback(ILogger logger, Exception exception, int count);
}
