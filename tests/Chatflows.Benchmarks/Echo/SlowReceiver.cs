using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Benchmarks.Echo;

/// <summary>
/// A webhook receiver that answers after a set delay (issue 19's slow-webhook figure): a chatflow that calls it keeps
/// its own visitors' turns waiting that long, and should keep nobody else's waiting (load/run-webhook.sh).
/// </summary>
internal static class SlowReceiver
{
    public static void Map(WebApplication app, TimeSpan delay) =>
        app.MapPost("/hook", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(delay, cancellationToken);
            return TypedResults.Ok(new { received = true });
        });
}
