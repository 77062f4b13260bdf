using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// Writes beside a busy stream of visitor turns: consents and agents' tickets go through the node's one writer with the
/// turns, and a conversation written by its visitor and agents at once (on one node or two) stores every acknowledged
/// message once, in order, and never answers 503 for the contention.
/// </summary>
public sealed class WriterContentionTests
{
    private const int Turns = 12;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Consents_and_tickets_written_during_a_busy_turn_stream_are_all_stored_in_order(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.CreateAsync(host, "kit@chatflows.test", "Kit", available: false);
        var agent = await InboxAgents.SignInAsync(host, "kit@chatflows.test");
        var handedOff = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        var talkers = new List<(VisitorClient Visitor, string Id)>();
        for (var v = 0; v < 4; v++)
        {
            var visitor = VisitorClient.For(host);
            var (_, start) = await visitor.StartAsync();
            talkers.Add((visitor, start.GetProperty("conversationId").GetString()!));
        }

        var consenting = VisitorClient.For(host);
        var version = await ConsentVersionAsync(host);

        var turns = talkers.Select(t => RepeatAsync(Turns, async i => (await t.Visitor.SayAsync(t.Id, $"{t.Id} says {i}")).Response.StatusCode)).ToList();
        var consents = RepeatAsync(10, async i => (await consenting.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "cookies", chatflowId = "concierge", version, granted = i % 2 == 0 })).StatusCode);
        var tickets = RepeatAsync(3, async i => (await InboxAgents.PostAsync(agent, handedOff, "Ticket", new()
        {
            ["Ticket.Subject"] = $"Ticket {i}", ["Ticket.Description"] = "", ["Ticket.PipelineStatus"] = "support/new", ["Ticket.Priority"] = "normal",
        })).StatusCode);
        await Task.WhenAll([.. turns, consents, tickets]);
        var turnAnswers = await Task.WhenAll(turns);
        var (consentAnswers, ticketAnswers) = (await consents, await tickets);
        var (storedConsents, storedTickets) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Consents.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Granted).ToListAsync(),
                await db.Tickets.AsNoTracking().Where(t => t.ConversationId == handedOff).OrderBy(t => t.Id).Select(t => t.Subject).ToListAsync());
        });

        Assert.All(turnAnswers.SelectMany(t => t), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(consentAnswers, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.All(ticketAnswers, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => i % 2 == 0), storedConsents);
        Assert.Equal(["Ticket 0", "Ticket 1", "Ticket 2"], storedTickets);
        foreach (var (_, id) in talkers)
        {
            Assert.Equal(Enumerable.Range(0, Turns).Select(i => $"{id} says {i}"), await VisitorTextsAsync(host, id));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, 1)]
    [InlineData(DatabaseProvider.Postgres, 2)]
    public async Task Every_acknowledged_message_is_stored_once_while_the_visitor_and_agents_write_one_conversation_at_once(DatabaseProvider provider, int nodes)
    {
        await using var first = await ChatflowsFactory.StartAsync(provider);
        await using var second = nodes == 2 ? new ChatflowsFactory(first.Database, ownsDatabase: false) : null;
        ChatflowsFactory[] tabsOn = second is null ? [first, first] : [first, second];
        await InboxAgents.CreateAsync(first, "ada@chatflows.test", "Ada", available: false);
        var owner = VisitorClient.For(first);
        var id = await InboxAgents.AskForAPersonAsync(owner);
        // The visitor in two tabs (on two nodes when there are two), and the agent in two tabs on the second tab's node.
        var tabs = tabsOn.Select(h => new VisitorClient(h.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false })) { VisitorId = owner.VisitorId }).ToList();
        var agents = new[] { await InboxAgents.SignInAsync(tabsOn[1], "ada@chatflows.test"), await InboxAgents.SignInAsync(tabsOn[1], "ada@chatflows.test") };
        await InboxAgents.PostAsync(agents[0], id, "TakeOver");
        var ids = Enumerable.Range(0, 2 * Turns).Select(i => $"contended-{i}").ToList();

        // Each message is sent from both tabs at once with the same id, as a widget resending after a lost answer.
        var visitor = RepeatAsync(2 * Turns, async i =>
        {
            var answers = await Task.WhenAll(tabs.Select(tab => tab.SayAsync(id, $"visitor {i}", ids[i])));
            return answers.Select(a => a.Response.StatusCode).FirstOrDefault(s => s != HttpStatusCode.OK, HttpStatusCode.OK);
        });
        var replies = agents.Select((agent, a) => RepeatAsync(Turns, async i =>
            (await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = $"agent {a}.{i}" })).StatusCode)).ToList();
        await Task.WhenAll([visitor, .. replies]);
        var (visitorAnswers, replyAnswers) = (await visitor, await Task.WhenAll(replies));
        var messages = await InboxAgents.MessagesAsync(first, id);

        Assert.All(visitorAnswers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(replyAnswers.SelectMany(r => r), status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(ids, messages.Where(m => m.ClientMessageId?.StartsWith("contended-", StringComparison.Ordinal) == true).Select(m => m.ClientMessageId));
        Assert.Equal(Enumerable.Range(0, 2 * Turns).Select(i => $"visitor {i}"), await VisitorTextsAsync(first, id));
        Assert.Equal(2 * Turns, messages.Count(m => m.Author == MessageAuthor.Agent));
        Assert.Equal(Enumerable.Range(1, messages.Count).Select(n => (long)n), messages.Select(m => m.Seq));
    }

    private static async Task<List<string>> VisitorTextsAsync(ChatflowsFactory host, string id) =>
        [.. (await InboxAgents.MessagesAsync(host, id)).Where(m => m.Author == MessageAuthor.Visitor && m.ClientMessageId is not null
            && (m.Text.Contains(" says ", StringComparison.Ordinal) || m.Text.StartsWith("visitor ", StringComparison.Ordinal))).Select(m => m.Text)];

    private static Task<string> ConsentVersionAsync(ChatflowsFactory host) => host.InScopeAsync(async s =>
    {
        var record = await s.GetRequiredService<ChatflowsDbContext>().Chatflows.SingleAsync(c => c.Id == "concierge");
        var flow = FlowJson.Deserialize(record.PublishedJson!);
        return flow.Consent.ToWidget(flow.Language).Version;
    });

    private static async Task<List<HttpStatusCode>> RepeatAsync(int times, Func<int, Task<HttpStatusCode>> send)
    {
        List<HttpStatusCode> answers = [];
        for (var i = 0; i < times; i++)
        {
            answers.Add(await send(i));
        }

        return answers;
    }
}
