using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// Issue 19 item 2: a turn starts from the node's copy of its conversation and cached inputs (published version,
/// channel, team load). A publication on another node reaches the cache through the live backplane, and a stale
/// copy of a conversation never puts a wrong message in it.
/// </summary>
public sealed class TurnInputsTests
{
    private static readonly Dictionary<string, string?> Redis = new() { ["Chatflows:Redis"] = Environment.GetEnvironmentVariable("CHATFLOWS_TEST_REDIS") ?? "127.0.0.1:6379" };

    [Fact]
    public async Task A_publication_on_one_node_is_what_the_next_turn_on_the_other_node_runs()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var nodeA = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeA.Services;
        await using var nodeB = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeB.Services;
        await PublishAsync(nodeA, Asking("Version one?"));
        var visitor = VisitorClient.For(nodeB);
        var (_, start) = await visitor.StartAsync("cached");
        var conversation = start.GetProperty("conversationId").GetString()!;
        var (_, first) = await visitor.SayAsync(conversation, "hello");
        var changesOnB = nodeB.Services.GetRequiredService<ChatflowChanges>();
        var before = changesOnB.Version;

        await PublishAsync(nodeA, Asking("Version two?"));
        while (changesOnB.Version == before)
        {
            await Task.Delay(10); // the backplane carries the change to node B
        }

        var (_, second) = await visitor.SayAsync(conversation, "again");

        Assert.Equal(["hello", "Version one?"], VisitorClient.Texts(first));
        Assert.Equal(["again", "Version two?"], VisitorClient.Texts(second));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_turn_after_an_agent_took_over_runs_on_the_stored_conversation_not_the_nodes_copy(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await PublishAsync(host, Asking("Anything else?"));
        await InboxAgents.CreateAsync(host, "ada@chatflows.test", "Ada", available: true);
        var agent = await InboxAgents.SignInAsync(host, "ada@chatflows.test");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync("cached");
        var conversation = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(conversation, "one");

        await InboxAgents.PostAsync(agent, conversation, "TakeOver");
        var (_, after) = await visitor.SayAsync(conversation, "two");
        var seqs = await host.InScopeAsync(services => Task.FromResult(services.GetRequiredService<ChatflowsDbContext>()
            .Messages.Where(m => m.ConversationId == conversation).OrderBy(m => m.Seq).Select(m => m.Seq).ToList()));

        Assert.Equal(["two"], VisitorClient.Texts(after));
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
    }

    private static Core.Flows.Chatflow Asking(string question) =>
        Flow("cached", "Hi!", Action("ask", "askQuestion", new { text = question, saveAs = "last" }, "ask"));
}
