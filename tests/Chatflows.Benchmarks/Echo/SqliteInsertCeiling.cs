using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Chatflows.Benchmarks.Echo;

/// <summary>
/// SQLite's own ceiling for the visitor turn's write (issue 19): per request, one raw single-row INSERT of the posted
/// message, acknowledged only after its commit, with the product's durability (WAL, <c>synchronous=FULL</c>).
/// PostgreSQL groups concurrent commits into one WAL flush by itself, so its ceiling (<see cref="InsertCeiling"/>) is
/// one implicit transaction per request. SQLite does not: 64 connections committing on their own fight over its one
/// write lock. Its best for this write is what a careful application does, and what the product does: one thread
/// takes every waiting insert (up to 128, the turn writer's batch), steps one prepared statement per row and commits
/// once. The benchmark host's only, never the product's (load/run-load.sh).
/// </summary>
internal static class SqliteInsertCeiling
{
    private const int MaxBatch = 128;

    public static void Map(WebApplication app, string path)
    {
        var queue = System.Threading.Channels.Channel.CreateUnbounded<(EchoServer.EchoMessage Message, TaskCompletionSource Done)>(
            new UnboundedChannelOptions { SingleReader = true });
        var writer = Task.Run(() => WriteAsync(path, queue.Reader));
        app.Lifetime.ApplicationStopping.Register(() => queue.Writer.TryComplete());
        app.MapPost("/sqlite-insert", async (EchoServer.EchoMessage message) =>
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await queue.Writer.WriteAsync((message, done));
            await done.Task;
            return TypedResults.Ok(message);
        });
    }

    private static async Task WriteAsync(string path, ChannelReader<(EchoServer.EchoMessage Message, TaskCompletionSource Done)> queue)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
                CREATE TABLE IF NOT EXISTS ceiling_rows (id INTEGER PRIMARY KEY, client_message_id TEXT NOT NULL, text TEXT NOT NULL, created_utc TEXT NOT NULL);
                """;
            await setup.ExecuteNonQueryAsync();
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO ceiling_rows (client_message_id, text, created_utc) VALUES ($id, $text, $at)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        insert.Prepare();

        var batch = new List<(EchoServer.EchoMessage Message, TaskCompletionSource Done)>(MaxBatch);
        while (await queue.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await using var transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                foreach (var (message, _) in batch)
                {
                    id.Value = message.ClientMessageId;
                    text.Value = message.Text;
                    at.Value = DateTime.UtcNow.ToString("O");
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
                batch.ForEach(item => item.Done.SetResult());
            }
            catch (Exception failure)
            {
                batch.ForEach(item => item.Done.TrySetException(failure));
            }

            batch.Clear();
        }
    }
}
