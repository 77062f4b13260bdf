using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Infrastructure;

/// <summary>A real HTTP server on 127.0.0.1 that records what webhooks post and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(Dictionary<string, string> Headers, string Body)> Requests { get; } = new();

    /// <summary>How to answer: status, JSON body and delay.</summary>
    public (int Status, string? Json, TimeSpan Delay) Answer { get; set; } = (200, null, TimeSpan.Zero);

    /// <summary>When set, every request is held until this completes (then answered as <see cref="Answer"/> says).</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>When set, answers with this Location header (for redirect answers).</summary>
    public string? Location { get; set; }

    /// <summary>Requests that reached <c>/elsewhere</c>, where a redirect would lead.</summary>
    public int ElsewhereHits => _elsewhereHits;

    public Uri Address { get; private set; } = null!;

    private int _elsewhereHits;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            // Headers are copied: the request's own collection is recycled when the request ends.
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver.Requests.Enqueue((headers, await reader.ReadToEndAsync()));
            var (status, json, delay) = receiver.Answer;
            if (receiver.Hold is { } hold)
            {
                await hold.Task.WaitAsync(context.RequestAborted);
            }

            await Task.Delay(delay, context.RequestAborted);
            context.Response.StatusCode = status;
            if (receiver.Location is { } location)
            {
                context.Response.Headers.Location = location;
            }

            if (json is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json);
            }
        });
        app.Map("/elsewhere", () => Interlocked.Increment(ref receiver._elsewhereHits));
        await app.StartAsync();
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
