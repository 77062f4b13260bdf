using System.Collections.Concurrent;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Live;

/// <summary>
/// The visitor's stream sends every message the visitor may see exactly once and in order, whatever order
/// the writers publish in, on one node or several; the visitor's numbering has no holes for hidden records.
/// </summary>
public sealed class LiveOrderTests
{
    private static readonly Dictionary<string, string?> Redis = new() { ["Chatflows:Redis"] = Environment.GetEnvironmentVariable("CHATFLOWS_TEST_REDIS") ?? "127.0.0.1:6379" };

    [Fact]
    public async Task A_stream_that_sees_a_later_message_first_sends_the_missing_one_from_the_database_first()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var host = new ChatflowsFactory(database, ownsDatabase: false);
        _ = host.Services;
        await using var quiet = new ChatflowsFactory(database, ownsDatabase: false); // its own bus: host's streams hear nothing of it
        _ = quiet.Services;
        await InboxAgents.CreateAsync(host, "ord@chatflows.test", "Ord", available: false);
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var agent = await InboxAgents.SignInAsync(quiet, "ord@chatflows.test");
        await InboxAgents.PostAsync(agent, id, "TakeOver");
        await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events?after=5", headers: VisitorEventsTests.VisitorHeader(visitor));
        await stream.NextAsync("status");

        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "first" });
        await InboxAgents.PostAsync(agent, id, "Note", new() { ["Note"] = "hidden" });
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "second" });
        var second = (await InboxAgents.MessagesAsync(host, id)).Single(m => m.Text == "second");
        await host.InScopeAsync(s => s.GetRequiredService<ConversationEvents>().MessagesAsync(id, [second], default));
        var first = await stream.NextAsync("message");
        var then = await stream.NextAsync("message");

        Assert.Equal(("first", "6"), (Text(first), first.EventId));
        Assert.Equal(("second", "7"), (Text(then), then.EventId)); // the note took no number of the visitor's
    }

    [Fact]
    public async Task Concurrent_agents_and_visitor_reach_every_reconnecting_client_once_and_in_order_on_sqlite()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var (clients, expected) = await WriteWhileClientsFollowAsync([host]);

        Assert.All(clients, received => Assert.Equal(expected, received));
    }

    [Fact]
    public async Task Concurrent_agents_and_visitor_reach_every_reconnecting_client_once_and_in_order_on_two_nodes()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var nodeA = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeA.Services;
        await using var nodeB = new ChatflowsFactory(database, settings: Redis, ownsDatabase: false);
        _ = nodeB.Services;

        var (clients, expected) = await WriteWhileClientsFollowAsync([nodeA, nodeB]);

        Assert.All(clients, received => Assert.Equal(expected, received));
    }

    /// <summary>
    /// The owner answers from two tabs (one per node when there are two), two colleagues write internal notes,
    /// the visitor writes, all at once through the inbox page and the visitor API; three clients per node follow
    /// the stream, dropping and resuming with Last-Event-ID. Returns what each client received and what is stored.
    /// </summary>
    private static async Task<(List<List<(long, string)>> Clients, List<(long, string)> Expected)> WriteWhileClientsFollowAsync(ChatflowsFactory[] nodes)
    {
        var first = nodes[0];
        foreach (var (email, name) in new[] { ("own@chatflows.test", "Own"), ("col1@chatflows.test", "Col"), ("col2@chatflows.test", "Lea") })
        {
            await InboxAgents.CreateAsync(first, email, name, available: false);
        }

        var visitor = VisitorClient.For(first);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var owner = await Task.WhenAll(nodes.Select(n => InboxAgents.SignInAsync(n, "own@chatflows.test")));
        await InboxAgents.PostAsync(owner[0], id, "TakeOver");
        var colleagues = new[] { await InboxAgents.SignInAsync(nodes[^1], "col1@chatflows.test"), await InboxAgents.SignInAsync(first, "col2@chatflows.test") };

        var final = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var followers = nodes.SelectMany((node, n) => Enumerable.Range(0, 3).Select(c =>
            FollowAsync(new VisitorClient(node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false })) { VisitorId = visitor.VisitorId }, id, () => final.Task.IsCompleted ? final.Task.Result : null, seed: (n * 10) + c)))
            .ToList();
        var tabs = new[] { owner[0], owner[^1] };
        List<Task> writers =
        [
            .. tabs.Select((tab, t) => RepeatAsync(15, i => InboxAgents.PostAsync(tab, id, "Reply", new() { ["Text"] = $"reply {t}.{i}" }))),
            .. colleagues.Select((colleague, c) => RepeatAsync(6, i => InboxAgents.PostAsync(colleague, id, "Note", new() { ["Note"] = $"note {c}.{i}" }))),
            RepeatAsync(20, i => visitor.SayAsync(id, $"visitor {i}")),
        ];
        await Task.WhenAll(writers);
        var stored = await first.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.AsNoTracking()
            .Where(m => m.ConversationId == id && m.VisitorSeq != null).OrderBy(m => m.VisitorSeq).Select(m => new { m.VisitorSeq, m.Text }).ToListAsync());
        final.SetResult(stored[^1].VisitorSeq!.Value);
        var clients = (await Task.WhenAll(followers)).ToList();

        Assert.Equal(30, stored.Count(m => m.Text.StartsWith("reply ", StringComparison.Ordinal)));
        Assert.Equal(20, stored.Count(m => m.Text.StartsWith("visitor ", StringComparison.Ordinal)));
        return (clients, stored.Select(m => (m.VisitorSeq!.Value, m.Text)).ToList());
    }

    private static async Task RepeatAsync(int times, Func<int, Task> write)
    {
        for (var i = 0; i < times; i++)
        {
            await write(i);
        }
    }

    /// <summary>A client that reads a few messages, drops the connection, resumes with Last-Event-ID, until it has the last one.</summary>
    private static async Task<List<(long, string)>> FollowAsync(VisitorClient visitor, string id, Func<long?> final, int seed)
    {
        var random = new Random(seed);
        List<(long, string)> received = [];
        long last = 0;
        while (final() is not { } end || last < end)
        {
            await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events",
                lastEventId: last > 0 ? last.ToString(CultureInfo.InvariantCulture) : null, headers: VisitorEventsTests.VisitorHeader(visitor));
            for (var burst = random.Next(1, 12); burst > 0; burst--)
            {
                SseItem<string> item;
                try
                {
                    item = await stream.NextAsync("message", TimeSpan.FromSeconds(2));
                }
                catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
                {
                    break; // quiet for a while, or the server ended the stream: resume
                }

                last = long.Parse(item.EventId!, CultureInfo.InvariantCulture);
                received.Add((last, Text(item)));
            }
        }

        return received;
    }

    private static string Text(SseItem<string> item) => JsonDocument.Parse(item.Data).RootElement.GetProperty("text").GetString()!;
}
