using System.Text.Json;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Live;

/// <summary>Two hosts on one PostgreSQL database and one Redis: what happens on one node reaches streams on the other.</summary>
public sealed class TwoNodeTests
{
    private static readonly Dictionary<string, string?> Redis = new() { ["Chatflows:Redis"] = Environment.GetEnvironmentVariable("CHATFLOWS_TEST_REDIS") ?? "127.0.0.1:6379" };

    [Fact]
    public async Task Agent_on_node_A_replies_and_the_visitor_stream_on_node_B_receives_it()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var nodeA = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeA.Services;
        await using var nodeB = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeB.Services;
        Assert.IsType<RedisLiveEventBus>(nodeA.Services.GetRequiredService<ILiveEventBus>());
        await InboxAgents.CreateAsync(nodeA, "nia@chatflows.test", "Nia", available: false);
        var agent = await InboxAgents.SignInAsync(nodeA, "nia@chatflows.test");
        await using var inbox = await SseReader.OpenAsync(agent.Http, "/admin/inbox/events");
        await inbox.NextAsync("ready");

        var visitor = VisitorClient.For(nodeB);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var started = await inbox.NextAsync("conversation");
        await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events?after=2", headers: VisitorEventsTests.VisitorHeader(visitor));
        await stream.NextAsync("status");
        await InboxAgents.PostAsync(agent, id, "TakeOver");
        var handedOff = await stream.NextAsync("status");
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Hello from node A" });
        var reply = await stream.NextAsync("message");

        Assert.Equal(id, JsonDocument.Parse(started.Data).RootElement.GetProperty("conversationId").GetString());
        Assert.Equal("""{"status":"handedOff"}""", handedOff.Data);
        Assert.Equal("Hello from node A", JsonDocument.Parse(reply.Data).RootElement.GetProperty("text").GetString());
    }
}
