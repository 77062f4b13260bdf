using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Chatflows.Storage;

/// <summary>
/// EF Core does not keep PRAGMAs across pooled connections, so every opened connection gets them:
/// WAL lets readers go on while one writer commits; <see cref="DatabaseOptions.SqliteSynchronous"/>
/// decides whether a commit waits for the disk (FULL by default: a 2xx survives a power cut). With the
/// <see cref="SqliteCheckpointer"/> on, a commit checkpoints only when the log is far behind (the checkpointer stopped
/// or starved), so the log stays bounded without the writer doing the checkpointer's work every few batches.
/// </summary>
internal sealed class SqlitePragmaInterceptor(IOptions<ChatflowsOptions> options) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous={options.Value.Database.SqliteSynchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout=5000;"
        + (options.Value.Database.SqliteCheckpointInterval > TimeSpan.Zero ? $" PRAGMA wal_autocheckpoint={SqliteCheckpointer.FallbackPages};" : "");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
