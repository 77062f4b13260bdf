using Chatflows.Storage;
using Npgsql;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test host: a temporary SQLite file, or a fresh PostgreSQL database on
/// the server that ./test.sh starts (CHATFLOWS_TEST_POSTGRES overrides where it is). Never skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Timeout=10";

    private TestDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider)
    {
        var name = $"chatflows_test_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("CHATFLOWS_TEST_POSTGRES") ?? DefaultPostgres;
            return new(provider, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString());
        }

        var folder = Path.Combine(Path.GetTempPath(), "chatflows-tests");
        Directory.CreateDirectory(folder);
        return new(provider, $"Data Source={Path.Combine(folder, name + ".db")};Pooling=False");
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            var database = builder.Database;
            builder.Database = "postgres";
            NpgsqlConnection.ClearAllPools();

            // A background worker (autovacuum on a fresh database) can hold it for a moment and cannot be
            // terminated by the test role; the database has a unique name, so a late drop harms nothing.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(builder.ToString());
                    await connection.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException) when (attempt < 5)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
                catch (PostgresException)
                {
                    return;
                }
            }

            return;
        }

        var file = ConnectionString["Data Source=".Length..ConnectionString.IndexOf(';', StringComparison.Ordinal)];
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".migrating" })
        {
            File.Delete(path);
        }
    }
}
