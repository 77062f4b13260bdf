using System.Collections.Concurrent;
using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

/// <summary>
/// Many writers of one conversation at once — the owner in several tabs on two nodes, colleagues' notes, the visitor —
/// each wait their turn on the conversation: every reply the agent was told is sent is stored, once (issue 18: under
/// load a reply ran out of conflict retries and was refused with a 500).
/// </summary>
public sealed class ConcurrentWritesTests
{
    [Fact]
    public async Task Every_reply_and_note_written_at_once_on_two_nodes_is_answered_as_done_and_stored_once()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var nodeA = new ChatflowsFactory(database, ownsDatabase: false);
        _ = nodeA.Services;
        await using var nodeB = new ChatflowsFactory(database, ownsDatabase: false);
        _ = nodeB.Services;
        await InboxAgents.CreateAsync(nodeA, "many@chatflows.test", "Many", available: false);
        await InboxAgents.CreateAsync(nodeA, "note@chatflows.test", "Note", available: false);
        var visitor = VisitorClient.For(nodeA);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var tabs = new List<AdminClient>();
        foreach (var node in new[] { nodeA, nodeB, nodeA, nodeB })
        {
            tabs.Add(await InboxAgents.SignInAsync(node, "many@chatflows.test"));
        }

        var colleagues = new[] { await InboxAgents.SignInAsync(nodeA, "note@chatflows.test"), await InboxAgents.SignInAsync(nodeB, "note@chatflows.test") };
        await InboxAgents.PostAsync(tabs[0], id, "TakeOver");
        var answers = new ConcurrentDictionary<string, HttpStatusCode>();

        await Task.WhenAll(
        [
            .. tabs.Select((tab, t) => WriteAsync(8, i => $"reply {t}.{i}", text => InboxAgents.PostAsync(tab, id, "Reply", new() { ["Text"] = text }), answers)),
            .. colleagues.Select((colleague, c) => WriteAsync(8, i => $"note {c}.{i}", text => InboxAgents.PostAsync(colleague, id, "Note", new() { ["Note"] = text }), answers)),
            WriteAsync(10, i => $"visitor {i}", async text => (await visitor.SayAsync(id, text)).Response, answers),
        ]);
        var stored = (await InboxAgents.MessagesAsync(nodeA, id)).GroupBy(m => m.Text).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(answers, a => Assert.Equal(a.Key.StartsWith("visitor", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Redirect, a.Value));
        Assert.All(answers.Keys, text => Assert.Equal(1, stored.GetValueOrDefault(text)));
        Assert.Equal(4 * 8 + 2 * 8 + 10, answers.Count);
    }

    private static async Task WriteAsync(int times, Func<int, string> text, Func<string, Task<HttpResponseMessage>> post, ConcurrentDictionary<string, HttpStatusCode> answers)
    {
        for (var i = 0; i < times; i++)
        {
            var message = text(i);
            answers[message] = (await post(message)).StatusCode;
        }
    }
}
