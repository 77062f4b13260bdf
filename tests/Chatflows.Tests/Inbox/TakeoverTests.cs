using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

public sealed class TakeoverTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Agents_racing_to_take_over_one_conversation_get_exactly_one_winner(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.AllAwayAsync(host);
        var ids = new List<string>();
        var agents = new List<AdminClient>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await InboxAgents.CreateAsync(host, $"racer{i}@chatflows.test", $"Racer {i}", available: false));
            agents.Add(await InboxAgents.SignInAsync(host, $"racer{i}@chatflows.test"));
        }

        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        using var go = new SemaphoreSlim(0);
        var races = agents.Select(async agent =>
        {
            await go.WaitAsync();
            return await InboxAgents.PostAsync(agent, id, "TakeOver");
        }).ToList();
        go.Release(agents.Count);
        var responses = await Task.WhenAll(races);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var conversation = await InboxAgents.ConversationAsync(host, id);
        var takeovers = (await InboxAgents.MessagesAsync(host, id)).Where(m => m.Kind == "takeover").ToList();
        Assert.Equal("handedOff", conversation.Status);
        Assert.Contains(conversation.AssignedUserId, ids);
        var winner = Assert.Single(takeovers);
        Assert.Equal(conversation.AssignedUserId, winner.AuthorUserId);
        Assert.Equal(MessageAuthor.System, winner.Author);
    }

    [Fact]
    public async Task Taken_over_conversation_gets_agent_replies_and_no_more_bot_replies()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "kim@chatflows.test", "Kim Agent", available: false);
        var agent = await InboxAgents.SignInAsync(host, "kim@chatflows.test");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        await InboxAgents.PostAsync(agent, id, "TakeOver");
        var (_, afterTakeover) = await visitor.SayAsync(id, "search"); // would make the bot ask what to search for
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Hi, Kim here. How can I help?" });
        var read = await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages");
        var body = await VisitorClient.BodyAsync(read);

        Assert.Equal("handedOff", afterTakeover.GetProperty("status").GetString());
        Assert.Equal(["search"], VisitorClient.Texts(afterTakeover));
        var last = body.GetProperty("messages").EnumerateArray().Last();
        Assert.Equal("agent", last.GetProperty("author").GetString());
        Assert.Equal("Hi, Kim here. How can I help?", last.GetProperty("text").GetString());
        Assert.Equal("Kim Agent", last.GetProperty("payload").GetProperty("agentName").GetString());
    }

    [Fact]
    public async Task Only_the_owner_replies_and_a_closed_conversation_takes_no_more_replies()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "own@chatflows.test", "Owner", available: false);
        await InboxAgents.CreateAsync(host, "other@chatflows.test", "Other", available: false);
        var owner = await InboxAgents.SignInAsync(host, "own@chatflows.test");
        var other = await InboxAgents.SignInAsync(host, "other@chatflows.test");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        await InboxAgents.PostAsync(owner, id, "TakeOver");
        await InboxAgents.PostAsync(other, id, "Reply", new() { ["Text"] = "I am not the owner" });
        await InboxAgents.PostAsync(owner, id, "Close");
        await InboxAgents.PostAsync(owner, id, "Reply", new() { ["Text"] = "Too late" });
        var empty = await InboxAgents.PostAsync(other, id, "Note", new() { ["Note"] = "   " });

        var messages = await InboxAgents.MessagesAsync(host, id);
        Assert.DoesNotContain(messages, m => m.Author == MessageAuthor.Agent);
        Assert.Equal("closed", (await InboxAgents.ConversationAsync(host, id)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}
