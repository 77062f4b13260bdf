using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Analytics;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;

namespace Chatflows.Benchmarks.Analytics;

/// <summary>
/// Seeds N conversations (default 1,000,000) with their contacts and flow events on SQLite or PostgreSQL,
/// then times the analytics page's queries through the real services, a fresh DbContext per run like a
/// request: <c>dotnet run -c Release --project tests/Chatflows.Benchmarks -- analytics sqlite 1000000</c>.
/// Results go into docs/benchmarks.md.
/// </summary>
internal static class AnalyticsBenchmark
{
    private const int Runs = 5;
    private const string PostgresServer = "Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Timeout=15;Command Timeout=0";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly LocalDate Today = new(2026, 11, 25);

    public static async Task RunAsync(string[] args)
    {
        var postgres = args.Length > 0 && args[0].Equals("postgres", StringComparison.OrdinalIgnoreCase);
        var total = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var name = $"chatflows_bench_analytics_{Guid.NewGuid():N}";
        var file = Path.Combine(Path.GetTempPath(), name + ".db");
        var connectionString = postgres
            ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString()
            : $"Data Source={file}";
        try
        {
            await using (var db = Context(postgres, connectionString))
            {
                await db.Database.MigrateAsync();
                db.Chatflows.AddRange(Chatflow("main"), Chatflow("support"), Chatflow("sales"));
                await db.SaveChangesAsync();
            }

            await using (var connection = postgres ? (System.Data.Common.DbConnection)new NpgsqlConnection(connectionString) : new Microsoft.Data.Sqlite.SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                var seed = Stopwatch.StartNew();
                await AnalyticsSeeder.SeedAsync(connection, postgres, total);
                seed.Stop();
                Console.WriteLine($"{(postgres ? "PostgreSQL" : "SQLite")}: seeded {await AnalyticsSeeder.CountAsync(connection, "Conversations"):N0} conversations, " +
                    $"{await AnalyticsSeeder.CountAsync(connection, "Contacts"):N0} contacts, {await AnalyticsSeeder.CountAsync(connection, "FlowEvents"):N0} events in {seed.Elapsed.TotalSeconds:0.0} s");

                // What the AnalyticsDailySummary migration does on an upgraded site with this much history.
                var backfill = Stopwatch.StartNew();
                foreach (var statement in AnalyticsSummaryBackfill.Statements(postgres))
                {
                    await AnalyticsSeeder.ExecuteAsync(connection, statement);
                }

                backfill.Stop();
                if (postgres)
                {
                    // What autovacuum does within a minute of a bulk load; without it the planner guesses row counts.
                    await AnalyticsSeeder.ExecuteAsync(connection, "VACUUM ANALYZE \"AnalyticsSummary\"");
                }
                else
                {
                    await AnalyticsSeeder.ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
                }

                Console.WriteLine($"backfill of the summary from the events: {backfill.Elapsed.TotalSeconds:0.0} s, {await AnalyticsSeeder.CountAsync(connection, "AnalyticsSummary"):N0} summary rows");
            }

            if (!postgres)
            {
                Console.WriteLine($"database file: {new FileInfo(file).Length / 1024.0 / 1024:0} MB");
            }

            Console.WriteLine("| Query | first run (ms) | p50 of 5 (ms) | result |");
            Console.WriteLine("|---|---:|---:|---|");
            var month = new AnalyticsQuery(null, Today.PlusDays(-29), Today, Zone);
            var year = new AnalyticsQuery(null, Today.PlusDays(-364), Today, Zone);
            await TimeAsync("Totals + daily, all chatflows, 30 days", postgres, connectionString, async db =>
                Describe((await new AnalyticsReports(db).GetAsync(month, CancellationToken.None)).Totals));
            await TimeAsync("Totals + daily, one chatflow, 30 days", postgres, connectionString, async db =>
                Describe((await new AnalyticsReports(db).GetAsync(month with { ChatflowId = "main" }, CancellationToken.None)).Totals));
            await TimeAsync("Drop-off, one chatflow, 30 days", postgres, connectionString, async db =>
                DescribeDropOff(await new DropOffAnalytics(db).GetAsync("main", month.Start, month.End, CancellationToken.None)));
            await TimeAsync("Whole page (totals + daily + drop-off), one chatflow, 30 days", postgres, connectionString, async db =>
            {
                var report = await new AnalyticsReports(db).GetAsync(month with { ChatflowId = "main" }, CancellationToken.None);
                await new DropOffAnalytics(db).GetAsync("main", month.Start, month.End, CancellationToken.None);
                return Describe(report.Totals);
            });
            await TimeAsync("Totals + daily, all chatflows, 365 days", postgres, connectionString, async db =>
                Describe((await new AnalyticsReports(db).GetAsync(year, CancellationToken.None)).Totals));
            await TimeAsync("Drop-off, one chatflow, 365 days", postgres, connectionString, async db =>
                DescribeDropOff(await new DropOffAnalytics(db).GetAsync("main", year.Start, year.End, CancellationToken.None)));
        }
        finally
        {
            await DropAsync(postgres, name, file);
        }
    }

    private static async Task TimeAsync(string label, bool postgres, string connectionString, Func<ChatflowsDbContext, Task<string>> query)
    {
        List<double> times = [];
        var result = "";
        for (var run = 0; run < Runs; run++)
        {
            await using var db = Context(postgres, connectionString);
            var watch = Stopwatch.StartNew();
            result = await query(db);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var sorted = times.Order().ToList();
        Console.WriteLine($"| {label} | {times[0]:0} | {sorted[Runs / 2]:0} | {result} |");
    }

    private static string Describe(AnalyticsCounts t) =>
        $"started {t.Started:N0}, completed {t.Completed:N0}, handed off {t.HandedOff:N0}, contacts {t.ContactsCreated:N0}, survey {t.SurveyAverage:0.00}";

    private static string DescribeDropOff(IReadOnlyList<ActionDropOff>? rows) =>
        string.Join(", ", rows!.Select(r => $"{r.ActionId} {r.Reached:N0}/{r.Left:N0}"));

    private static ChatflowsDbContext Context(bool postgres, string connectionString) => postgres
        ? new PostgresChatflowsDbContext(new DbContextOptionsBuilder<PostgresChatflowsDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteChatflowsDbContext(new DbContextOptionsBuilder<SqliteChatflowsDbContext>().UseSqlite(connectionString).Options);

    private static ChatflowRecord Chatflow(string id)
    {
        var flow = new Chatflow
        {
            Id = id,
            Name = id,
            WelcomeMessage = "Hi",
            Actions = [.. AnalyticsSeeder.Actions.Select((a, i) => new FlowAction
            {
                Id = a,
                Type = i < 2 ? "askQuestion" : "sendMessage",
                Settings = new JsonObject { ["text"] = a },
                Next = i == 0 ? "ask-topic" : null,
            })],
        };
        var json = JsonSerializer.Serialize(flow, FlowJson.Options);
        var now = DateTime.UtcNow;
        return new ChatflowRecord
        {
            Id = id, Name = id, DraftJson = json, PublishedJson = json, PublishedVersion = 1, Enabled = true,
            DraftVersion = Guid.NewGuid(), CreatedUtc = now, UpdatedUtc = now, PublishedUtc = now,
        };
    }

    private static async Task DropAsync(bool postgres, string name, string file)
    {
        if (postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
