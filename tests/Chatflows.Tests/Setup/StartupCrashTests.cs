using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chatflows.Tests.Setup;

/// <summary>
/// A deploy that crash-loops once must not leave the site without chat: the host is killed with SIGKILL
/// while it migrates, and the next start comes up by itself.
/// </summary>
public sealed class StartupCrashTests
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sqlite_start_after_a_kill_during_migration_clears_the_dead_lock_and_serves()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);

        var killed = await KillWhileMigratingAsync(database, SqliteLockRowsAsync);
        var leftLock = await SqliteLockRowsAsync(database);
        await using var next = HostProcess.Start(database);
        var healthy = await next.WaitHealthyAsync(StartPatience);

        Assert.True(killed, "the host was never seen holding the migration lock");
        Assert.Equal(1, leftLock);
        Assert.True(healthy, next.Output);
        Assert.Contains("cleared a migration lock left by a process that ended", next.Output, StringComparison.Ordinal);
        Assert.Equal(0, await SqliteLockRowsAsync(database));
    }

    [Fact]
    public async Task Postgres_start_after_a_kill_during_migration_serves()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);

        var killed = await KillWhileMigratingAsync(database, PostgresMigrationLocksAsync);
        await using var next = HostProcess.Start(database);
        var healthy = await next.WaitHealthyAsync(StartPatience);

        Assert.True(killed, "the host was never seen holding the migration lock");
        Assert.True(healthy, next.Output);
        Assert.Contains("Start-up: migrating the Postgres database", next.Output, StringComparison.Ordinal);
    }

    /// <summary>Starts the host, watches the database until the host holds the migration lock, then kills it.</summary>
    private static async Task<bool> KillWhileMigratingAsync(TestDatabase database, Func<TestDatabase, Task<int>> locks)
    {
        await using var host = HostProcess.Start(database);
        while (!host.HasExited)
        {
            if (await locks(database) > 0)
            {
                await host.KillAsync();
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    private static async Task<int> SqliteLockRowsAsync(TestDatabase database)
    {
        try
        {
            var readOnly = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
            await using var connection = new SqliteConnection(readOnly.ToString());
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT COUNT(*) FROM \"__EFMigrationsLock\"", connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // no database file or no lock table yet
        }
    }

    private static async Task<int> PostgresMigrationLocksAsync(TestDatabase database)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE c.relname = '__EFMigrationsHistory' AND l.mode = 'AccessExclusiveLock' AND l.granted
                """, connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException)
        {
            return 0; // no database yet
        }
    }
}
