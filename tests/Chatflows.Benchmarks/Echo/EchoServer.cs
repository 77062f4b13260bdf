using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Chatflows.Benchmarks.Echo;

/// <summary>
/// The ceiling the visitor API is compared with: a bare minimal API that parses a small JSON body and
/// echoes it, on the same machine, in the same run (load/run-load.sh). The same host serves, when asked, PostgreSQL's
/// and SQLite's ceilings for one insert (<see cref="InsertCeiling"/>, <see cref="SqliteInsertCeiling"/>) and a webhook receiver that answers late (<see cref="SlowReceiver"/>).
/// </summary>
internal static class EchoServer
{
    public static async Task RunAsync(string url, string? postgres = null, TimeSpan? hookDelay = null, string? sqlite = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/echo", (EchoMessage message) => TypedResults.Ok(message));
        if (postgres is not null)
        {
            await InsertCeiling.MapAsync(app, postgres);
        }

        if (sqlite is not null)
        {
            SqliteInsertCeiling.Map(app, sqlite);
        }

        if (hookDelay is { } delay)
        {
            SlowReceiver.Map(app, delay);
        }

        await app.RunAsync();
    }

    internal sealed record EchoMessage(string ClientMessageId, string Text);
}
