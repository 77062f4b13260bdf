using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Chatflows.Benchmarks.Echo;

/// <summary>
/// PostgreSQL's own ceiling for the visitor turn's write (issue 19): per request, one raw Npgsql single-row INSERT of
/// the posted message in its own implicit transaction, with a pooled connection and a prepared command. The benchmark
/// host's only, never the product's (load/run-postgres.sh).
/// </summary>
internal static class InsertCeiling
{
    public static async Task MapAsync(WebApplication app, string connectionString)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand(
            "CREATE TABLE IF NOT EXISTS ceiling_rows (id bigserial PRIMARY KEY, client_message_id text NOT NULL, text text NOT NULL, created_utc timestamptz NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        app.Lifetime.ApplicationStopped.Register(source.Dispose);
        app.MapPost("/insert", async (EchoServer.EchoMessage message, CancellationToken cancellationToken) =>
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken);
            await using var insert = new NpgsqlCommand("INSERT INTO ceiling_rows (client_message_id, text, created_utc) VALUES ($1, $2, $3)", connection)
            {
                Parameters = { new() { Value = message.ClientMessageId }, new() { Value = message.Text }, new() { Value = DateTime.UtcNow } },
            };
            await insert.PrepareAsync(cancellationToken);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return TypedResults.Ok(message);
        });
    }
}
