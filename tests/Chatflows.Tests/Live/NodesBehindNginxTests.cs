using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Live;

/// <summary>
/// Several nodes for real (issue 19): visitors reach two hosts through nginx, on real sockets from their own loopback
/// addresses. Every message is stored once wherever its retries land, a stream on one node hears what the other
/// wrote, and per-address limits count the client nginx saw, never an address a client wrote itself.
/// </summary>
public sealed class NodesBehindNginxTests(NodesBehindNginx cluster) : IClassFixture<NodesBehindNginx>
{
    private const int Visitors = 12;
    private const int MessagesEach = 3;

    [Fact]
    public async Task Visitors_through_nginx_whose_retries_land_on_the_other_node_have_every_message_stored_once()
    {
        var visits = await Task.WhenAll(Enumerable.Range(1, Visitors).Select(i => VisitWithRetriesAsync(IPAddress.Parse($"127.0.1.{i}"), i)));

        Assert.All(visits, visit => Assert.All(visit.Attempts, attempts =>
        {
            Assert.All(attempts, a => Assert.Equal(HttpStatusCode.OK, a.Status));
            Assert.Single(attempts, a => !a.Replayed);
            Assert.Single(attempts.Select(a => a.Replies).Distinct());
        }));
        Assert.All(visits, visit => Assert.Equal(
            [.. Enumerable.Range(1, MessagesEach + 1).Select(m => $"hello {visit.Number}.{m}")],
            visit.Transcript.Where(t => t.StartsWith("hello ", StringComparison.Ordinal))));
        List<string> sent = [.. Enumerable.Range(1, Visitors).SelectMany(v => Enumerable.Range(1, MessagesEach + 1).Select(m => ClientMessageId(v, m)))];
        var stored = await cluster.Nodes[0].InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.AsNoTracking()
            .Where(m => sent.Contains(m.ClientMessageId!)).GroupBy(m => m.ClientMessageId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Visitors * (MessagesEach + 1), stored.Count);
        Assert.All(stored, copies => Assert.Equal(1, copies));
        Assert.Equal(2, visits.SelectMany(v => v.Nodes).Distinct().Count()); // nginx spread the visitors over both nodes
    }

    [Fact]
    public async Task A_visitor_stream_through_nginx_receives_the_reply_an_agent_wrote_on_the_other_node()
    {
        using var http = cluster.ThroughNginx(IPAddress.Parse("127.0.0.4"));
        var visitor = new VisitorClient(http);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await using var stream = await SseReader.OpenAsync(http, $"/chatflows/api/conversations/{id}/events?after=2", headers: VisitorEventsTests.VisitorHeader(visitor));
        await stream.NextAsync("status");
        var streamNode = cluster.AnsweredBy(stream.Response);
        var writerNode = cluster.Other(streamNode);
        await InboxAgents.CreateAsync(writerNode, "lb@chatflows.test", "Lina", available: false);
        var agent = new AdminClient(LoopbackClient.Create(IPAddress.Loopback, cluster.AddressOf(writerNode), cookies: true));
        Assert.Equal(HttpStatusCode.Redirect, (await agent.SignInAsync("lb@chatflows.test", InboxAgents.Password)).StatusCode);

        await InboxAgents.PostAsync(agent, id, "TakeOver");
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Hello from the other node" });
        var events = await stream.UntilAsync("message", data => data.Contains("Hello from the other node", StringComparison.Ordinal));

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(events, e => e.EventType == "status" && e.Data == """{"status":"handedOff"}""");
        Assert.Equal("Hello from the other node", JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_client_writing_its_own_forwarded_for_straight_to_a_node_keeps_its_own_limit()
    {
        var node = cluster.Nodes[0];
        using var http = cluster.Direct(node, IPAddress.Parse("127.0.0.2"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= NodesBehindNginx.StartsPerAddress + 2; i++)
        {
            statuses.Add(await StartAsync(http, forwardedFor: $"198.51.100.{i}"));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Created, NodesBehindNginx.StartsPerAddress), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Through_nginx_each_client_address_has_its_own_limit_on_every_node_and_cannot_write_another()
    {
        using var limited = cluster.ThroughNginx(IPAddress.Parse("127.0.0.3"));
        using var neighbour = cluster.ThroughNginx(IPAddress.Parse("127.0.0.5"));

        var answers = new List<(ChatflowsFactory Node, HttpStatusCode Status)>();
        for (var i = 0; i < (2 * NodesBehindNginx.StartsPerAddress) + 4; i++)
        {
            using var response = await StartResponseAsync(limited);
            answers.Add((cluster.AnsweredBy(response), response.StatusCode));
        }

        var spoofed = await StartAsync(limited, forwardedFor: "203.0.113.9");
        var other = await StartAsync(neighbour);

        Assert.All(cluster.Nodes, node =>
        {
            var byNode = answers.Where(a => a.Node == node).Select(a => a.Status).ToList();
            Assert.True(byNode.Count > NodesBehindNginx.StartsPerAddress, "nginx sent too few requests to a node to reach its limit");
            Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Created, NodesBehindNginx.StartsPerAddress)], byNode.Take(NodesBehindNginx.StartsPerAddress));
            Assert.All(byNode.Skip(NodesBehindNginx.StartsPerAddress), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed);
        Assert.Equal(HttpStatusCode.Created, other);
    }

    /// <summary>
    /// One visitor from its own address: starts through nginx, sends each message through nginx, then retries it on
    /// the node that did not answer, and through nginx twice more at the same moment; the last message goes to both
    /// nodes at once, first. Returns every attempt, the transcript read back through nginx, and the nodes that answered.
    /// </summary>
    private async Task<Visit> VisitWithRetriesAsync(IPAddress address, int number)
    {
        using var http = cluster.ThroughNginx(address);
        var visitor = new VisitorClient(http);
        var (started, start) = await visitor.StartAsync();
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = start.GetProperty("conversationId").GetString()!;
        var direct = cluster.Nodes.ToDictionary(n => n, n => new VisitorClient(cluster.Direct(n, address)) { VisitorId = visitor.VisitorId });
        var nodes = new HashSet<ChatflowsFactory> { cluster.AnsweredBy(started) };
        var attempts = new List<List<Attempt>>();

        for (var m = 1; m <= MessagesEach; m++)
        {
            var (text, clientMessageId) = ($"hello {number}.{m}", ClientMessageId(number, m));
            var first = await visitor.SayAsync(id, text, clientMessageId);
            var answeredBy = cluster.AnsweredBy(first.Response);
            nodes.Add(answeredBy);
            var retries = await Task.WhenAll(
                direct[cluster.Other(answeredBy)].SayAsync(id, text, clientMessageId), visitor.SayAsync(id, text, clientMessageId), visitor.SayAsync(id, text, clientMessageId));
            attempts.Add([.. new[] { first }.Concat(retries).Select(Attempt.Of)]);
        }

        var (lastText, lastId) = ($"hello {number}.{MessagesEach + 1}", ClientMessageId(number, MessagesEach + 1));
        var racing = await Task.WhenAll(direct.Values.Select(d => d.SayAsync(id, lastText, lastId)));
        attempts.Add([.. racing.Select(Attempt.Of)]);
        var transcript = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages?after=0"));
        foreach (var client in direct.Values)
        {
            client.Http.Dispose();
        }

        return new Visit(number, attempts, VisitorClient.Texts(transcript), nodes);
    }

    private static string ClientMessageId(int visitor, int message) => $"nodes-{visitor}-{message}";

    private static async Task<HttpStatusCode> StartAsync(HttpClient http, string? forwardedFor = null)
    {
        using var response = await StartResponseAsync(http, forwardedFor);
        return response.StatusCode;
    }

    /// <summary>A new visitor each time (no visitor id), so only the per-address limit can stop it.</summary>
    private static Task<HttpResponseMessage> StartResponseAsync(HttpClient http, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/chatflows/api/conversations")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { chatflowId = "concierge", pageUrl = "http://localhost/pricing" }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return http.SendAsync(request);
    }

    private sealed record Visit(int Number, List<List<Attempt>> Attempts, IReadOnlyList<string> Transcript, HashSet<ChatflowsFactory> Nodes);

    /// <summary>One answer to a message; its replies as sequence number, author and text (PostgreSQL keeps times to the microsecond, so a replay's times are rounded).</summary>
    private sealed record Attempt(HttpStatusCode Status, bool Replayed, string Replies)
    {
        public static Attempt Of((HttpResponseMessage Response, JsonElement Body) answer) => new(
            answer.Response.StatusCode,
            answer.Response.Headers.Contains("Idempotent-Replayed"),
            answer.Body.ValueKind == JsonValueKind.Object && answer.Body.TryGetProperty("messages", out var messages)
                ? string.Join('\n', messages.EnumerateArray().Select(m => $"{m.GetProperty("seq")} {m.GetProperty("author")}: {m.GetProperty("text")}"))
                : answer.Body.GetRawText());
    }
}
