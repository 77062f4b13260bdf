using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Chatflows.Benchmarks.Echo;

/// <summary>
/// The ceiling the visitor API is compared with: a bare minimal API that parses a small JSON body and
/// echoes it, on the same machine, in the same run (load/run-load.sh).
/// </summary>
internal static class EchoServer
{
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/echo", (EchoMessage message) => TypedResults.Ok(message));
        await app.RunAsync();
    }

    internal sealed record EchoMessage(string ClientMessageId, string Text);
}
