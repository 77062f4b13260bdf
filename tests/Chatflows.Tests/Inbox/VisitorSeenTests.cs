using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

/// <summary>The agents' thread marks "Seen" on the last reply the visitor's widget says was read (M1 read receipts).</summary>
public sealed partial class VisitorSeenTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Seen_follows_the_visitors_read_receipts_forward_only(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var (ana, visitor, id) = await InboxAgents.AnaTookOverAsync(host);
        await InboxAgents.PostAsync(ana, id, "Reply", new() { ["Text"] = "First reply" });
        await InboxAgents.PostAsync(ana, id, "Reply", new() { ["Text"] = "Second reply" });
        await InboxAgents.PostAsync(ana, id, "Note", new() { ["Note"] = "Internal: be kind" });
        var seqs = await VisitorSeqsAsync(visitor, id);

        var unread = await SeenAsync(ana, id);
        await ReadAsync(visitor, id, seqs["First reply"]);
        var first = await SeenAsync(ana, id);
        await ReadAsync(visitor, id, seqs["Second reply"] + 100); // past the last message: all of it
        var all = await SeenAsync(ana, id);
        await ReadAsync(visitor, id, seqs["First reply"]); // a late receipt from another tab
        var stale = await SeenAsync(ana, id);
        var stranger = VisitorClient.For(host);
        await stranger.StartAsync();

        Assert.Empty(unread);
        Assert.Equal(["First reply"], first);
        Assert.Equal(["Second reply"], all);
        Assert.Equal(["Second reply"], stale);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/read", new { seq = 1 })).StatusCode);
    }

    private static async Task ReadAsync(VisitorClient visitor, string id, long seq) =>
        Assert.Equal(HttpStatusCode.NoContent, (await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/read", new { seq })).StatusCode);

    private static async Task<Dictionary<string, long>> VisitorSeqsAsync(VisitorClient visitor, string id)
    {
        var body = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages?after=0"));
        return body.GetProperty("messages").EnumerateArray()
            .GroupBy(m => m.GetProperty("text").GetString()!).ToDictionary(g => g.Key, g => g.Last().GetProperty("seq").GetInt64());
    }

    /// <summary>The texts of the thread's messages that carry the "Seen" mark.</summary>
    private static async Task<List<string>> SeenAsync(AdminClient agent, string id) =>
        [.. SeenMessage().Matches(await agent.Http.GetStringAsync(InboxAgents.Thread(id))).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("""<span class="cf-msg-seen">Seen</span>\s*<p class="cf-msg-text">([^<]*)</p>""")]
    private static partial Regex SeenMessage();
}
