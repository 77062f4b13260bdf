using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

public sealed partial class UnreadTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Each_agent_has_their_own_unread_count(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", available: false);
        await InboxAgents.CreateAsync(host, "bo@chatflows.test", "Bo", available: false);
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var bo = await InboxAgents.SignInAsync(host, "bo@chatflows.test");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await InboxAgents.PostAsync(ana, id, "TakeOver");
        await ana.Http.GetStringAsync(InboxAgents.Thread(id));

        await visitor.SayAsync(id, "Hello?");
        await visitor.SayAsync(id, "Anyone there?");
        await bo.Http.GetStringAsync(InboxAgents.Thread(id)); // a colleague looks in
        var anaBefore = await UnreadAsync(ana, id);
        var boAfterReading = await UnreadAsync(bo, id);
        await ana.Http.GetStringAsync(InboxAgents.Thread(id));
        var anaAfterReading = await UnreadAsync(ana, id);
        await visitor.SayAsync(id, "Still here");
        var anaOneMore = await UnreadAsync(ana, id);
        await InboxAgents.PostAsync(ana, id, "Reply", new() { ["Text"] = "Sorry for the wait!" });
        var anaAfterReplying = await UnreadAsync(ana, id);

        Assert.Equal((2, 2), anaBefore);
        Assert.Equal((0, 0), boAfterReading);
        Assert.Equal((0, 0), anaAfterReading);
        Assert.Equal((1, 1), anaOneMore);
        Assert.Equal((0, 0), anaAfterReplying);
    }

    [Fact]
    public async Task Messages_shown_in_an_open_thread_are_read_up_to_the_last_message_with_the_page_token()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var (ana, visitor, id) = await InboxAgents.AnaTookOverAsync(host);
        var page = await ana.Http.GetStringAsync(InboxAgents.Thread(id));
        var token = Antiforgery.TokenOf(page);
        await visitor.SayAsync(id, "One");
        await visitor.SayAsync(id, "Two");
        var seqs = (await InboxAgents.MessagesAsync(host, id)).Where(m => m.Author == MessageAuthor.Visitor).Select(m => m.Seq).ToList();

        var withoutToken = await ReadAsync(ana, id, seqs[0], token: null);
        var unreadBefore = await UnreadAsync(ana, id);
        var first = await ReadAsync(ana, id, seqs[0], token);
        var afterFirst = await UnreadAsync(ana, id);
        var beyond = await ReadAsync(ana, id, 1_000_000, token);
        var afterBeyond = await UnreadAsync(ana, id);
        await visitor.SayAsync(id, "Three");
        var afterThird = await UnreadAsync(ana, id);
        var negative = await ReadAsync(ana, id, -1, token);
        var missing = await ReadAsync(ana, "no-such-conversation", 1, token);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal((2, 2), unreadBefore);
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal((1, 1), afterFirst);
        Assert.Equal(HttpStatusCode.NoContent, beyond.StatusCode);
        Assert.Equal((0, 0), afterBeyond);
        Assert.Equal((1, 1), afterThird); // reading "beyond" stopped at the last message of the time
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal("application/problem+json", negative.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static Task<HttpResponseMessage> ReadAsync(AdminClient agent, string id, long seq, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/inbox/conversations/{id}/read") { Content = JsonContent.Create(new { seq }) };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return agent.Http.SendAsync(request);
    }

    /// <summary>The conversation row's unread badge in the agent's open list, and the agent's "Mine" tab badge.</summary>
    private static async Task<(int Row, int Mine)> UnreadAsync(AdminClient agent, string id)
    {
        var page = await agent.Http.GetStringAsync("/admin/inbox?view=open");
        var row = Regex.Match(page, $"<tr data-conversation=\"{Regex.Escape(id)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var badge = Badge().Match(row);
        var mine = MineBadge().Match(page);
        return (badge.Success ? int.Parse(badge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            mine.Success ? int.Parse(mine.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex("<span class=\"cf-badge\">(\\d+)<")]
    private static partial Regex Badge();

    [GeneratedRegex("id=\"cf-unread-mine\"> (\\d+)<")]
    private static partial Regex MineBadge();
}
