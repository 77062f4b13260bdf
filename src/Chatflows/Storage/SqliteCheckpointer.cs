using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Storage;

/// <summary>
/// Copies SQLite's write-ahead log into the database file on a connection of its own (issue 19). Left to SQLite, the
/// connection whose commit takes the log past 1,000 pages checkpoints there and then, fsync of the database file
/// included: on a busy node that is the one writer, every two or three batches of visitor turns. A passive checkpoint
/// takes no writer lock, so the writer goes on appending while this copies; a commit never waits for it, and a
/// commit is as durable as before (the log is synced at commit either way).
/// </summary>
public sealed partial class SqliteCheckpointer(
    IServiceScopeFactory scopes, IOptions<ChatflowsOptions> options, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>
    /// The log size (pages of 4 KiB, so 40 MiB) past which a committing connection checkpoints after all: only when
    /// this service has stopped or cannot keep up.
    /// </summary>
    public const int FallbackPages = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var database = options.Value.Database;
        if (database.Provider != DatabaseProvider.Sqlite || database.SqliteCheckpointInterval <= TimeSpan.Zero)
        {
            return;
        }

        // Real time, not the site's clock: how often the log is copied has nothing to do with the conversations' time.
        using var timer = new PeriodicTimer(database.SqliteCheckpointInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or still-migrating database: the next tick tries again, and commits fall back past FallbackPages.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A write-ahead-log checkpoint did not run; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
