using System.Net;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// Every write on a conversation goes through the node's writer (<see cref="TurnBatcher"/>; on PostgreSQL several
/// batches at once): visitor turns and an agent's replies, notes and read marks interleave in one conversation with
/// gap-free numbers, and a write that fails rolls back alone while the writes around it commit.
/// </summary>
public sealed class NodeWriterTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null)]
    [InlineData(DatabaseProvider.Postgres, null)] // four writers by default
    [InlineData(DatabaseProvider.Postgres, "1")]
    [InlineData(DatabaseProvider.Postgres, "2")]
    public async Task Agent_replies_and_visitor_turns_written_at_once_are_numbered_one_to_n_without_gaps_or_duplicates(DatabaseProvider provider, string? writers)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider,
            settings: writers is null ? null : new Dictionary<string, string?> { ["Chatflows:Turns:PostgresWriters"] = writers });
        await InboxAgents.CreateAsync(host, "seq@chatflows.test", "Seq", available: false);
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var tabs = new[] { await InboxAgents.SignInAsync(host, "seq@chatflows.test"), await InboxAgents.SignInAsync(host, "seq@chatflows.test") };
        await InboxAgents.PostAsync(tabs[0], id, "TakeOver");

        var answers = await Task.WhenAll(
        [
            .. tabs.Select((tab, t) => RepeatAsync(10, i => InboxAgents.PostAsync(tab, id, "Reply", new() { ["Text"] = $"reply {t}.{i}" }))),
            .. tabs.Select((tab, t) => RepeatAsync(5, i => InboxAgents.PostAsync(tab, id, "Note", new() { ["Note"] = $"note {t}.{i}" }))),
            RepeatAsync(10, async i => (await visitor.SayAsync(id, $"visitor {i}")).Response),
        ]);
        var messages = await InboxAgents.MessagesAsync(host, id);

        Assert.All(answers.SelectMany(a => a), status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {status}"));
        Assert.Equal(Enumerable.Range(1, messages.Count).Select(n => (long)n), messages.Select(m => m.Seq));
        var visible = messages.Where(m => m.VisitorSeq is not null).Select(m => m.VisitorSeq!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, visible.Count).Select(n => (long)n), visible);
        Assert.Equal(20, messages.Count(m => m.Author == MessageAuthor.Agent));
        Assert.Equal(10, messages.Count(m => m.Author == MessageAuthor.Note));
        Assert.Equal(10, messages.Count(m => m.Author == MessageAuthor.Visitor && m.Text.StartsWith("visitor ", StringComparison.Ordinal)));
        Assert.Equal(messages.Count, (await InboxAgents.ConversationAsync(host, id)).LastSeq);
    }

    [Fact]
    public async Task Many_visitors_posting_at_once_through_four_postgres_writers_each_have_every_message_once_in_order()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Postgres,
            settings: new Dictionary<string, string?>
            {
                ["Chatflows:Turns:PostgresWriters"] = "4",
                ["Chatflows:Limits:StartsPerMinutePerIp"] = "1000", // every visitor of the test comes from one address
                ["Chatflows:Limits:StartsPerMinutePerVisitor"] = "1000",
            });

        var visitors = await Task.WhenAll(Enumerable.Range(0, 12).Select(async v =>
        {
            var visitor = VisitorClient.For(host);
            var (started, start) = await visitor.StartAsync();
            Assert.True(started.IsSuccessStatusCode, $"{started.StatusCode}: {start}");
            var id = start.GetProperty("conversationId").GetString()!;
            for (var i = 0; i < 8; i++)
            {
                var (said, _) = await visitor.SayAsync(id, $"visitor {v} message {i}", $"v{v}-m{i}");
                Assert.Equal(HttpStatusCode.OK, said.StatusCode);
            }

            return (Visitor: v, Conversation: id);
        }));

        foreach (var (v, id) in visitors)
        {
            var messages = await InboxAgents.MessagesAsync(host, id);
            Assert.Equal(Enumerable.Range(1, messages.Count).Select(n => (long)n), messages.Select(m => m.Seq));
            Assert.Equal(
                Enumerable.Range(0, 8).Select(i => $"visitor {v} message {i}"),
                messages.Where(m => m.Author == MessageAuthor.Visitor && m.Text.StartsWith("visitor ", StringComparison.Ordinal)).Select(m => m.Text));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_write_that_fails_rolls_back_alone_and_the_writes_around_it_commit(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var writer = host.Services.GetRequiredService<TurnBatcher>();

        // Written at once, so the writer takes several in one transaction; every third one fails after writing its row.
        var writes = Enumerable.Range(1, 30).Select(i => writer.WriteAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            db.FlowEvents.Add(new FlowEventRecord { ChatflowId = "concierge", ConversationId = id, Kind = "writer-test", Detail = $"{i}", OccurredUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(token);
            return i % 3 == 0 ? throw new InvalidOperationException($"write {i} fails") : i;
        }, CancellationToken.None)).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return (Value: await w, Failure: (string?)null);
            }
            catch (InvalidOperationException e)
            {
                return (Value: 0, Failure: e.Message);
            }
        }));
        var stored = await host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().FlowEvents.AsNoTracking()
            .Where(e => e.Kind == "writer-test").Select(e => e.Detail!).ToListAsync());

        Assert.Equal(Enumerable.Range(1, 30).Where(i => i % 3 != 0), outcomes.Where(o => o.Failure is null).Select(o => o.Value));
        Assert.Equal(Enumerable.Range(1, 30).Where(i => i % 3 == 0).Select(i => $"write {i} fails"), outcomes.Where(o => o.Failure is not null).Select(o => o.Failure));
        Assert.Equal(Enumerable.Range(1, 30).Where(i => i % 3 != 0).Select(i => $"{i}").Order(), stored.Order());
    }

    private static async Task<List<HttpStatusCode>> RepeatAsync(int times, Func<int, Task<HttpResponseMessage>> post)
    {
        List<HttpStatusCode> answers = [];
        for (var i = 0; i < times; i++)
        {
            answers.Add((await post(i)).StatusCode);
        }

        return answers;
    }
}
