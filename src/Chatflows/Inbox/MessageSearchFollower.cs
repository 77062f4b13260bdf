using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Inbox;

/// <summary>
/// Keeps SQLite's message-search index following the messages, off the visitor's turn (issue 19): every
/// <see cref="MessageSearchOptions.FollowInterval"/> it indexes what was committed since the cursor, in rounds of
/// the node's writer (<see cref="TurnBatcher"/>), so it never races the writer for SQLite's lock. PostgreSQL's
/// trigram index stays inline: measured, it costs the turn nothing visible (docs/benchmarks.md, issue 19).
/// </summary>
public sealed partial class MessageSearchFollower(
    TurnBatcher writer, IOptions<MessageSearchOptions> options, IOptions<ChatflowsOptions> chatflows, TimeProvider time,
    ILogger<MessageSearchFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (chatflows.Value.Database.Provider != DatabaseProvider.Sqlite || options.Value.FollowInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.FollowInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup (or a start still migrating) must not stop following; the cursor did not move.
                LogFailed(logger, e);
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var batch = options.Value.BatchSize;
        int indexed;
        do
        {
            indexed = await writer.WriteAsync(
                (services, token) => MessageSearchIndex.CatchUpAsync(services.GetRequiredService<ChatflowsDbContext>(), batch, token), cancellationToken);
        }
        while (indexed == batch);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bring the message-search index up to date; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
