using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Live;

public sealed class VisitorEventsTests
{
    [Fact]
    public async Task Agent_reply_typing_and_close_reach_the_visitor_stream_but_notes_never_do()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "liv@chatflows.test", "Liv", available: false);
        var agent = await InboxAgents.SignInAsync(host, "liv@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        await InboxAgents.PostAsync(agent, id, "TakeOver");
        var seen = (await InboxAgents.MessagesAsync(host, id)).Max(m => m.VisitorSeq);
        await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events?after={seen}", headers: VisitorHeader(visitor));
        await stream.NextAsync("status");

        await InboxAgents.PostAsync(agent, id, "Note", new() { ["Note"] = "VIP customer, be nice" });
        var page = await agent.Http.GetStringAsync(InboxAgents.Thread(id));
        var token = Antiforgery.TokenOf(page);
        using var typingRequest = new HttpRequestMessage(HttpMethod.Post, $"/admin/inbox/conversations/{id}/typing") { Content = JsonContent.Create(new { typing = true }) };
        typingRequest.Headers.Add("RequestVerificationToken", token);
        var typingResponse = await agent.Http.SendAsync(typingRequest);
        var typing = await stream.NextAsync("typing");
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "<b>Hello</b> from Liv" });
        var reply = await stream.NextAsync("message");
        await InboxAgents.PostAsync(agent, id, "Close");
        var closed = await stream.NextAsync("status");
        var api = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages"));

        Assert.Equal(HttpStatusCode.NoContent, typingResponse.StatusCode);
        Assert.Equal("""{"author":"agent","name":"Liv","typing":true}""", typing.Data);
        var message = JsonDocument.Parse(reply.Data).RootElement;
        Assert.Equal("agent", message.GetProperty("author").GetString());
        Assert.Equal("<b>Hello</b> from Liv", message.GetProperty("text").GetString());
        Assert.Equal(message.GetProperty("seq").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), reply.EventId);
        Assert.Equal("""{"status":"closed"}""", closed.Data);
        Assert.DoesNotContain("VIP", string.Join('|', VisitorClient.Texts(api)), StringComparison.Ordinal);
        Assert.Equal("closed", api.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Resuming_with_Last_Event_ID_misses_nothing_and_duplicates_nothing(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.CreateAsync(host, "res@chatflows.test", "Res", available: false);
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var agent = await AgentAsync(host, "res@chatflows.test");
        await Actions(host, a => a.TakeOverAsync(id, agent, default));
        await using (var first = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", headers: VisitorHeader(visitor)))
        {
            await first.NextAsync("status");
        }

        var dropped = (await InboxAgents.MessagesAsync(host, id)).Max(m => m.VisitorSeq ?? 0);

        // While the visitor is away, and while they reconnect, the agent keeps writing.
        for (var i = 1; i <= 5; i++)
        {
            await Actions(host, a => a.WriteMessageAsync(id, agent, $"offline {i}", note: false, default));
        }

        var writing = Task.Run(async () =>
        {
            for (var i = 1; i <= 20; i++)
            {
                await Actions(host, a => a.WriteMessageAsync(id, agent, $"live {i}", note: false, default));
            }
        });
        await using var resumed = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", lastEventId: dropped.ToString(System.Globalization.CultureInfo.InvariantCulture), headers: VisitorHeader(visitor));
        await writing;
        var received = await resumed.CollectAsync("message", TimeSpan.FromSeconds(3));

        var texts = received.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()).ToList();
        Assert.Equal([.. Enumerable.Range(1, 5).Select(i => $"offline {i}"), .. Enumerable.Range(1, 20).Select(i => $"live {i}")], texts);
        var seqs = received.Select(e => long.Parse(e.EventId!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(seqs.Order(), seqs);
        Assert.All(seqs, s => Assert.True(s > dropped));
    }

    [Fact]
    public async Task Visitor_message_sent_while_the_agent_types_and_replies_is_not_lost()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "tom@chatflows.test", "Tom", available: false);
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        var agent = await AgentAsync(host, "tom@chatflows.test");
        await Actions(host, a => a.TakeOverAsync(id, agent, default));

        var agentSide = Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await host.InScopeAsync(s => s.GetRequiredService<Chatflows.Live.ConversationEvents>().TypingAsync(id, "agent", "Tom", true, default));
                await Actions(host, a => a.WriteMessageAsync(id, agent, $"agent {i}", note: false, default));
            }
        });
        var visitorSide = Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                var (response, body) = await visitor.SayAsync(id, $"visitor {i}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body} {string.Join("\n", host.Logs.Lines.Where(l => l.Contains("batch", StringComparison.OrdinalIgnoreCase)).Take(3))}");
            }
        });
        await Task.WhenAll(agentSide, visitorSide);

        var messages = await InboxAgents.MessagesAsync(host, id);
        Assert.Equal(15, messages.Count(m => m.Author == MessageAuthor.Visitor && m.Text.StartsWith("visitor ", StringComparison.Ordinal)));
        Assert.Equal(15, messages.Count(m => m.Author == MessageAuthor.Agent));
        Assert.Equal(messages.Count, messages.Select(m => m.Seq).Distinct().Count());
        Assert.DoesNotContain(messages, m => m.Author == MessageAuthor.Bot && m.Seq > messages.First(x => x.Kind == "takeover").Seq);
    }

    [Fact]
    public async Task Another_visitor_cannot_open_the_stream_and_a_bad_resume_point_is_a_problem()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var owner = VisitorClient.For(host);
        var (_, start) = await owner.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var token = start.GetProperty("streamToken").GetString()!;
        var stranger = VisitorClient.For(host);
        var (_, strangerStart) = await stranger.StartAsync();
        var strangerToken = strangerStart.GetProperty("streamToken").GetString()!;

        await using var foreign = await SseReader.OpenAsync(stranger.Http, $"/chatflows/api/conversations/{id}/events", headers: VisitorHeader(stranger));
        await using var foreignToken = await SseReader.OpenAsync(stranger.Http, $"/chatflows/api/conversations/{id}/events?token={Uri.EscapeDataString(strangerToken)}");
        await using var forged = await SseReader.OpenAsync(stranger.Http, $"/chatflows/api/conversations/{id}/events?token=not-a-token");
        await using var byVisitorId = await SseReader.OpenAsync(stranger.Http, $"/chatflows/api/conversations/{id}/events?visitor={owner.VisitorId}");
        await using var bad = await SseReader.OpenAsync(owner.Http, $"/chatflows/api/conversations/{id}/events", lastEventId: "abc", headers: VisitorHeader(owner));
        await using var query = await SseReader.OpenAsync(stranger.Http, $"/chatflows/api/conversations/{id}/events?token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignToken.Response.StatusCode); // a token opens only its own conversation
        Assert.Equal(HttpStatusCode.NotFound, forged.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byVisitorId.Response.StatusCode); // a visitor id never travels in an address
        Assert.Equal(HttpStatusCode.BadRequest, bad.Response.StatusCode);
        Assert.Equal("application/problem+json", bad.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, query.Response.StatusCode);
        Assert.Equal(2, (await query.CollectAsync("message", TimeSpan.FromSeconds(1))).Count);
    }

    internal static Dictionary<string, string> VisitorHeader(VisitorClient visitor) => new() { ["X-Chatflows-Visitor"] = visitor.VisitorId! };

    private static Task<ChatflowsUser> AgentAsync(ChatflowsFactory host, string email) =>
        host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(email))!);

    private static Task Actions(ChatflowsFactory host, Func<InboxActions, Task> work) =>
        host.InScopeAsync(s => work(s.GetRequiredService<InboxActions>()));
}
