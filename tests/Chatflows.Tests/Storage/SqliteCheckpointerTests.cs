using System.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Storage;

/// <summary>SQLite's write-ahead log is copied into the database file by the checkpointer, not by a visitor's commit (issue 19).</summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task A_visitor_message_reaches_the_database_file_without_the_log_growing_to_sqlite_own_checkpoint()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Chatflows:Database:SqliteCheckpointInterval"] = "00:00:00.100" });
        // SQLite checkpoints when the last connection to a file closes; the product's pooled connections stay open, the
        // tests' are not pooled, so one held open here stands in for the pool.
        await using var held = new SqliteConnection(host.Database.ConnectionString);
        await held.OpenAsync();
        await using (var read = held.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master;";
            await read.ExecuteScalarAsync();
        }

        var visitor = VisitorClient.For(host);
        var (_, started) = await visitor.StartAsync();
        var marker = $"checkpoint-marker-{Guid.NewGuid():N}";
        var (said, _) = await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, marker);
        said.EnsureSuccessStatusCode();

        // A few log pages, far below the 1,000 at which SQLite would checkpoint on the committing connection by itself.
        var file = new SqliteConnectionStringBuilder(host.Database.ConnectionString).DataSource;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!FileHolds(file, marker) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(FileHolds(file, marker), "the message never left the write-ahead log for the database file");
    }

    [Theory]
    [InlineData(null, SqliteCheckpointer.FallbackPages)]
    [InlineData("00:00:00", 1000L)]
    public async Task A_committing_connection_checkpoints_only_far_behind_while_the_checkpointer_runs(string? interval, long expected)
    {
        var settings = interval is null ? null : new Dictionary<string, string?> { ["Chatflows:Database:SqliteCheckpointInterval"] = interval };
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: settings);

        // Not a table-valued pragma: asked on the context's own (opened, so intercepted) connection.
        var pages = await host.InScopeAsync(async services =>
        {
            var database = services.GetRequiredService<ChatflowsDbContext>().Database;
            await database.OpenConnectionAsync();
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            return (long)(await command.ExecuteScalarAsync())!;
        });

        Assert.Equal(expected, pages);
    }

    [Fact]
    public async Task A_negative_interval_is_refused_at_start()
    {
        var refused = await Record.ExceptionAsync(() => ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Chatflows:Database:SqliteCheckpointInterval"] = "-00:00:01" }));

        Assert.Contains("SqliteCheckpointInterval", refused?.ToString() ?? "");
    }

    private static bool FileHolds(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }
}
