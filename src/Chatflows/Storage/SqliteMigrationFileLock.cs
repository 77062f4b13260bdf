using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Chatflows.Storage;

/// <summary>
/// An operating-system lock on a file beside the SQLite database, held while migrating. Unlike EF Core's
/// lock row in <c>__EFMigrationsLock</c>, the system releases it when its process ends, however it ends;
/// so whoever holds it knows that a lock row it finds was left by a process that died.
/// </summary>
internal sealed partial class SqliteMigrationFileLock : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly FileStream? _file;

    private SqliteMigrationFileLock(FileStream? file) => _file = file;

    /// <summary>The lock file of a database, or null for an in-memory database (one process only).</summary>
    public static string? PathFor(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || source.Length == 0 || source == ":memory:")
        {
            return null;
        }

        return Path.GetFullPath(source) + ".migrating";
    }

    public static async Task<SqliteMigrationFileLock> AcquireAsync(string? path, ILogger logger, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return new(null);
        }

        var waiting = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: both end with the process.
                return new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                if (!waiting)
                {
                    waiting = true;
                    LogWaiting(logger, path);
                }

                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => _file?.DisposeAsync() ?? ValueTask.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: waiting for another process on this machine to finish migrating (lock file {Path})")]
    private static partial void LogWaiting(ILogger logger, string path);
}
