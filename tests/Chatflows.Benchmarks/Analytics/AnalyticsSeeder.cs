using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Chatflows.Benchmarks.Analytics;

/// <summary>
/// Writes the seeded conversations, contacts and events as fast as each engine takes them: prepared
/// inserts in large transactions on SQLite, binary COPY on PostgreSQL. Secondary indexes are dropped
/// first and built again afterwards (a sort per index instead of millions of B-tree inserts); the
/// queries then run against exactly the indexes the migrations create.
/// </summary>
internal static class AnalyticsSeeder
{
    private static readonly string[] Tables = ["Conversations", "Contacts", "FlowEvents"];

    public static async Task SeedSqliteAsync(string connectionString, long total)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('{string.Join("', '", Tables)}')";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        // Dropped only once the reader is closed: SQLite refuses to change the schema under an open cursor.
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        await InsertSqliteAsync(connection, "Conversations", ["Id", "ChatflowId", "FlowVersion", "VisitorId", "ContactId", "Status", "StateJson", "LastSeq", "IsPreview", "StartedUtc", "LastActivityUtc"],
            Range(total).Select(c => new object?[] { c.Id, c.ChatflowId, 1, "v" + c.Id, c.HasContact ? c.ContactId : null, c.Status, "{}", 4L, false, c.StartedUtc, c.StartedUtc.AddSeconds(60) }));
        await InsertSqliteAsync(connection, "Contacts", ["Id", "VisitorId", "Email", "PropertiesJson", "CompanyPropertiesJson", "IsMarketingContact", "CreatedUtc", "UpdatedUtc"],
            Range(total).Where(c => c.HasContact).Select(c => new object?[] { c.ContactId, "v" + c.Id, $"{c.Id}@example.com", "{}", "{}", false, c.StartedUtc.AddSeconds(30), c.StartedUtc.AddSeconds(30) }));
        await InsertSqliteAsync(connection, "FlowEvents", ["Id", "ChatflowId", "ConversationId", "Kind", "ActionId", "Detail", "OccurredUtc"], Events(total));
        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public static async Task SeedPostgresAsync(string connectionString, long total)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(@tables) AND indexname NOT LIKE 'PK_%'", connection))
        {
            read.Parameters.AddWithValue("tables", Tables);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Conversations\" (\"Id\", \"ChatflowId\", \"FlowVersion\", \"VisitorId\", \"ContactId\", \"Status\", \"StateJson\", \"LastSeq\", \"IsPreview\", \"StartedUtc\", \"LastActivityUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in Range(total))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(c.Id, NpgsqlDbType.Text);
                await copy.WriteAsync(c.ChatflowId, NpgsqlDbType.Text);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync("v" + c.Id, NpgsqlDbType.Text);
                await WriteNullableAsync(copy, c.HasContact ? c.ContactId : null);
                await copy.WriteAsync(c.Status, NpgsqlDbType.Text);
                await copy.WriteAsync("{}", NpgsqlDbType.Text);
                await copy.WriteAsync(4L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(c.StartedUtc, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(c.StartedUtc.AddSeconds(60), NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"Contacts\" (\"Id\", \"VisitorId\", \"Email\", \"PropertiesJson\", \"CompanyPropertiesJson\", \"IsMarketingContact\", \"CreatedUtc\", \"UpdatedUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in Range(total).Where(c => c.HasContact))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(c.ContactId, NpgsqlDbType.Bigint);
                await copy.WriteAsync("v" + c.Id, NpgsqlDbType.Text);
                await copy.WriteAsync($"{c.Id}@example.com", NpgsqlDbType.Text);
                await copy.WriteAsync("{}", NpgsqlDbType.Text);
                await copy.WriteAsync("{}", NpgsqlDbType.Text);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(c.StartedUtc.AddSeconds(30), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(c.StartedUtc.AddSeconds(30), NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY \"FlowEvents\" (\"Id\", \"ChatflowId\", \"ConversationId\", \"Kind\", \"ActionId\", \"Detail\", \"OccurredUtc\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in Events(total))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync((long)e[0]!, NpgsqlDbType.Bigint);
                for (var i = 1; i <= 5; i++)
                {
                    if (e[i] is string text)
                    {
                        await copy.WriteAsync(text, NpgsqlDbType.Text);
                    }
                    else
                    {
                        await copy.WriteNullAsync();
                    }
                }

                await copy.WriteAsync((DateTime)e[6]!, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        // What autovacuum does within a minute of a bulk load; without it the planner guesses row counts.
        foreach (var table in Tables)
        {
            await ExecuteAsync(connection, $"VACUUM ANALYZE \"{table}\"");
        }
    }

    public static long EventCount(long total) => Range(total).Sum(c => (long)c.Events().Count());

    private static IEnumerable<SeededConversation> Range(long total)
    {
        for (var i = 0L; i < total; i++)
        {
            yield return SeededConversation.At(i, total);
        }
    }

    private static IEnumerable<object?[]> Events(long total)
    {
        var id = 0L;
        foreach (var c in Range(total))
        {
            foreach (var (kind, action, detail, seconds) in c.Events())
            {
                yield return [++id, c.ChatflowId, c.Id, kind, action, detail, c.StartedUtc.AddSeconds(seconds)];
            }
        }
    }

    private static async Task InsertSqliteAsync(SqliteConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        const int RowsPerTransaction = 200_000;
        var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        command.Transaction = transaction;
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync();
            if (++count % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = connection.BeginTransaction();
                command.Transaction = transaction;
            }
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, long? value) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Bigint) : copy.WriteNullAsync();

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
