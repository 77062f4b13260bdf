using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chatflows.Benchmarks.Analytics;

/// <summary>
/// Seeds N conversations with their contacts and flow events in the database itself: one
/// <c>INSERT … SELECT</c> per table over a generated range of numbers, so no row crosses the wire.
/// Conversation <c>i</c> is derived from <c>i</c> alone — spread evenly over the 365 days before the
/// benchmark's "today" (2026-11-25); chatflow <c>main</c> 60 %, <c>support</c> 30 %, <c>sales</c> 10 %;
/// a path from <c>(i * 7919) % 100</c>: a quarter leave at the first question, a fifth at the second,
/// the rest get a ticket (30 %), a hand-off (15 %) or a meeting (10 %); every tenth completed one rates.
/// Secondary indexes of the three tables are dropped first; those of Conversations and Contacts are built
/// again afterwards, the FlowEvents ones not — the reports read the summary, and rebuilding six indexes
/// over six million events would be most of the run.
/// </summary>
internal static class AnalyticsSeeder
{
    public const long OriginUnixMs = 1_764_115_200_000; // 2025-11-26T00:00:00Z
    public static readonly string[] Actions = ["ask-email", "ask-topic", "ticket", "handoff", "meeting"];
    private static readonly string[] Tables = ["Conversations", "Contacts", "FlowEvents"];

    public static async Task SeedAsync(DbConnection connection, bool postgres, long total)
    {
        if (!postgres)
        {
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        }

        var indexes = await IndexesAsync(connection, postgres);
        foreach (var (name, _, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        var sql = new SeedSql(postgres, total);
        await ExecuteAsync(connection, sql.Conversations);
        await ExecuteAsync(connection, sql.Contacts);
        await ExecuteAsync(connection, sql.Events);
        foreach (var (_, table, definition) in indexes.Where(i => i.Table != "FlowEvents"))
        {
            await ExecuteAsync(connection, definition);
        }
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<List<(string Name, string Table, string Definition)>> IndexesAsync(DbConnection connection, bool postgres)
    {
        List<(string, string, string)> indexes = [];
        await using var read = connection.CreateCommand();
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        read.CommandText = postgres
            ? $"SELECT indexname, tablename, indexdef FROM pg_indexes WHERE tablename IN ({tables}) AND indexname NOT LIKE 'PK_%'"
            : $"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({tables})";
        await using (var reader = await read.ExecuteReaderAsync())
        {
            // Read to the end before dropping: SQLite refuses to change the schema under an open cursor.
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return indexes;
    }

    /// <summary>The seeding statements; only the number source, the id format and timestamps differ per engine.</summary>
    private sealed class SeedSql(bool postgres, long total)
    {
        private string Numbers => postgres
            ? $"n(i) AS (SELECT generate_series(0, {total - 1})::bigint)"
            : $"n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {total - 1})";

        private string With => $"""
            WITH {(postgres ? "" : "RECURSIVE ")}{Numbers},
            c AS (SELECT i, {(postgres ? "'c' || lpad(i::text, 21, '0')" : "'c' || printf('%021d', i)")} AS id,
                         CASE WHEN i % 10 < 6 THEN 'main' WHEN i % 10 < 9 THEN 'support' ELSE 'sales' END AS chatflow,
                         (i * 7919) % 100 AS path, i * 31536000000 / {total} AS ms
                  FROM n)
            """;

        private string False => postgres ? "false" : "0";

        public string Conversations => $"""
            INSERT INTO "Conversations" ("Id", "ChatflowId", "FlowVersion", "VisitorId", "ContactId", "Status", "StateJson", "LastSeq", "IsPreview", "StartedUtc", "LastActivityUtc")
            {With}
            SELECT id, chatflow, 1, 'v' || id, CASE WHEN path >= 25 THEN i + 1 END,
                   CASE WHEN path < 45 THEN 'waitingForVisitor' WHEN path < 75 THEN 'ended' WHEN path < 90 THEN 'handedOff' ELSE 'ended' END,
                   '{"{}"}', 4, {False}, {At("ms", 0)}, {At("ms", 60)}
            FROM c
            """;

        public string Contacts => $"""
            INSERT INTO "Contacts" ("Id", "VisitorId", "Email", "PropertiesJson", "CompanyPropertiesJson", "IsMarketingContact", "CreatedUtc", "UpdatedUtc")
            {With}
            SELECT i + 1, 'v' || id, id || '@example.com', '{"{}"}', '{"{}"}', {False}, {At("ms", 30)}, {At("ms", 30)}
            FROM c WHERE path >= 25
            """;

        /// <summary>Ten possible steps per conversation in the order the engine writes them; ids follow (conversation, step).</summary>
        public string Events => $"""
            INSERT INTO "FlowEvents" ("Id", "ChatflowId", "ConversationId", "Kind", "ActionId", "Detail", "OccurredUtc")
            {With},
            s(step, sec) AS (VALUES (1, 0), (2, 0), (3, 30), (4, 30), (5, 60), (6, 60), (7, 60), (8, 60), (9, 60), (10, 90)),
            x AS (SELECT c.*, s.step, s.sec,
                         CASE WHEN c.path < 75 THEN 'ticket' WHEN c.path < 90 THEN 'handoff' ELSE 'meeting' END AS last
                  FROM c CROSS JOIN s)
            SELECT i * 10 + step, chatflow, id,
                   CASE step WHEN 1 THEN 'started' WHEN 2 THEN 'actionReached' WHEN 3 THEN 'actionCompleted' WHEN 4 THEN 'actionReached'
                             WHEN 5 THEN 'actionCompleted' WHEN 6 THEN 'actionReached'
                             WHEN 7 THEN CASE WHEN last = 'ticket' THEN 'ticketCreated' ELSE 'meetingBooked' END
                             WHEN 8 THEN 'actionCompleted' WHEN 9 THEN CASE WHEN last = 'handoff' THEN 'handedOff' ELSE 'completed' END
                             ELSE 'surveyRated' END,
                   CASE WHEN step IN (2, 3) THEN 'ask-email' WHEN step IN (4, 5) THEN 'ask-topic' WHEN step IN (6, 7, 8) THEN last
                        WHEN step = 9 AND last = 'handoff' THEN last END,
                   CASE WHEN step IN (3, 5) THEN 'Answered' WHEN step = 7 THEN 'REF-' || CAST(i AS TEXT) WHEN step = 8 THEN 'Done'
                        WHEN step = 10 THEN CAST((i / 10) % 5 + 1 AS TEXT) END,
                   {At("ms", "sec")}
            FROM x
            WHERE step <= 2 OR (step <= 4 AND path >= 25) OR (step IN (5, 6, 8, 9) AND path >= 45)
               OR (step = 7 AND path >= 45 AND last <> 'handoff') OR (step = 10 AND path >= 45 AND last <> 'handoff' AND i % 10 = 0)
            """;

        private string At(string ms, object seconds) => postgres
            ? $"(timestamptz '2025-11-26 00:00:00+00' + ({ms} + {seconds} * 1000) * interval '1 millisecond')"
            : $"strftime('%Y-%m-%d %H:%M:%f', ({OriginUnixMs} + {ms} + {seconds} * 1000) / 1000.0, 'unixepoch')";
    }
}
