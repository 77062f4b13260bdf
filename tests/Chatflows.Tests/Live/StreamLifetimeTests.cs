using System.Text;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Live;

/// <summary>What a stream says about itself, and that a closed stream leaves nothing behind on the server.</summary>
public sealed class StreamLifetimeTests
{
    [Fact]
    public async Task Closed_streams_leave_no_subscriber_behind()
    {
        // Twenty streams of one visitor at once: above the default cap per visitor, which other tests cover.
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Limits:StreamsPerVisitor"] = "50" });
        var hub = host.Services.GetRequiredService<LocalLiveHub>();
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var before = hub.SubscriberCount;

        for (var wave = 0; wave < 3; wave++)
        {
            var streams = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
                SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", headers: VisitorEventsTests.VisitorHeader(visitor))));
            await Task.WhenAll(streams.Select(s => s.NextAsync("status")));
            Assert.Equal(before + 20, hub.SubscriberCount);
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }

        // The server learns of each close asynchronously: wait for it, within reason.
        for (var i = 0; i < 200 && hub.SubscriberCount != before; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(before, hub.SubscriberCount);
    }

    [Fact]
    public async Task The_stream_tells_the_client_when_to_reconnect_and_sends_no_identity_encoding()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/chatflows/api/conversations/{id}/events");
        request.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        using var response = await visitor.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var text = new StringBuilder();
        var buffer = new byte[1024];
        using var enough = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!text.ToString().Contains("retry:", StringComparison.Ordinal)) // a stream without it runs into the 10 s above
        {
            var read = await body.ReadAsync(buffer, enough.Token);
            Assert.NotEqual(0, read);
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("retry: 3000", text.ToString(), StringComparison.Ordinal);
    }
}
