using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

public sealed class HandOffRoutingTests
{
    [Fact]
    public async Task Hand_off_goes_round_robin_among_available_team_agents_below_capacity()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        var ana = await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 2, team: "support");
        var bo = await InboxAgents.CreateAsync(host, "bo@chatflows.test", "Bo", capacity: 1, team: "support");
        await InboxAgents.CreateAsync(host, "cy@chatflows.test", "Cy", available: false, team: "support");
        await InboxAgents.CreateAsync(host, "dee@chatflows.test", "Dee (not in the team)", capacity: 5);

        List<string?> assigned = [];
        for (var i = 0; i < 4; i++)
        {
            var id = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
            var conversation = await InboxAgents.ConversationAsync(host, id);
            assigned.Add(conversation.Status == "handedOff" ? conversation.AssignedUserId : null);
        }

        // Ana and Bo take turns; Bo is full after one chat, Ana after two; the fourth finds nobody free.
        Assert.Equal(2, assigned.Take(2).Distinct().Count());
        Assert.Equal(ana, assigned[2]);
        Assert.Null(assigned[3]);
        Assert.Equal(2, assigned.Count(a => a == ana));
        Assert.Equal(1, assigned.Count(a => a == bo));
    }

    [Fact]
    public async Task With_every_agent_away_the_visitor_is_told_so_and_nobody_is_assigned()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "away@chatflows.test", "Away Agent", available: false, team: "support");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var (_, answer) = await visitor.SayAsync(id, "person");

        Assert.Contains("Sorry, nobody from the team is available right now.", VisitorClient.Texts(answer));
        Assert.Equal("waitingForVisitor", answer.GetProperty("status").GetString());
        Assert.Null((await InboxAgents.ConversationAsync(host, id)).AssignedUserId);
    }

    [Fact]
    public async Task Agent_sets_themselves_available_and_then_gets_the_next_hand_off()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        var eli = await InboxAgents.CreateAsync(host, "eli@chatflows.test", "Eli", available: false, team: "support");
        var agent = await InboxAgents.SignInAsync(host, "eli@chatflows.test");

        var before = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        await agent.PostFormAsync("/admin/inbox?handler=Availability", new() { ["available"] = "true" }, "/admin/inbox");
        var after = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        var mine = await agent.Http.GetStringAsync("/admin/inbox?view=mine");

        Assert.Null((await InboxAgents.ConversationAsync(host, before)).AssignedUserId);
        Assert.Equal(eli, (await InboxAgents.ConversationAsync(host, after)).AssignedUserId);
        Assert.Contains("You are available", mine, StringComparison.Ordinal);
        Assert.Contains($"data-conversation=\"{after}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-conversation=\"{before}\"", mine, StringComparison.Ordinal);
    }
}
