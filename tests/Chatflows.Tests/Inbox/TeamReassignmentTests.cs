using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Inbox;

public sealed class TeamReassignmentTests
{
    [Fact]
    public async Task Assigning_to_a_team_routes_round_robin_to_its_available_agents_and_the_new_assignee_hears_it_live()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await AddTeamAsync(host, "billing", "Billing");
        var oz = await InboxAgents.CreateAsync(host, "oz@chatflows.test", "Oz", available: true, team: "billing");
        var ana = await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 1, team: "billing");
        var bo = await InboxAgents.CreateAsync(host, "bo@chatflows.test", "Bo", capacity: 1, team: "billing");
        await InboxAgents.CreateAsync(host, "cy@chatflows.test", "Cy (away)", available: false, team: "billing");
        await InboxAgents.CreateAsync(host, "ed@chatflows.test", "Ed (editor)", role: "Editor", team: "billing");
        var owner = await InboxAgents.SignInAsync(host, "oz@chatflows.test");
        string[] inTurn = [.. new[] { ana, bo }.Order(StringComparer.Ordinal)];
        var first = await InboxAgents.SignInAsync(host, inTurn[0] == ana ? "ana@chatflows.test" : "bo@chatflows.test");
        await using var firstInbox = await SseReader.OpenAsync(first.Http, "/admin/inbox/events");
        await firstInbox.NextAsync("ready");

        List<string> conversations = [];
        for (var i = 0; i < 3; i++)
        {
            var id = await StartAsync(host);
            await InboxAgents.PostAsync(owner, id, "TakeOver");
            await InboxAgents.PostAsync(owner, id, "Assign", new() { ["AssignTo"] = "team:billing" });
            conversations.Add(id);
        }

        var assigned = new List<ConversationRecord>();
        foreach (var id in conversations)
        {
            assigned.Add(await InboxAgents.ConversationAsync(host, id));
        }

        // Oz passed them on, Cy is away, Ed is no agent; Ana and Bo hold one chat each, so the third waits.
        Assert.Equal([inTurn[0], inTurn[1], null], assigned.Select(c => c.AssignedUserId));
        Assert.All(assigned, c => Assert.Equal("billing", c.AssignedTeamId));
        Assert.All(assigned, c => Assert.Equal("handedOff", c.Status));
        var heard = await AssignmentsAsync(firstInbox, 6);
        Assert.Contains((conversations[0], inTurn[0]), heard);
        var mine = await first.Http.GetStringAsync("/admin/inbox?view=mine");
        Assert.Contains($"data-conversation=\"{conversations[0]}\"", mine, StringComparison.Ordinal);
        var unassigned = await owner.Http.GetStringAsync("/admin/inbox?view=unassigned");
        Assert.Contains($"data-conversation=\"{conversations[2]}\"", unassigned, StringComparison.Ordinal);
        var line = (await InboxAgents.MessagesAsync(host, conversations[2])).Last(m => m.Kind == "assignment");
        Assert.Equal("Oz assigned the conversation to team Billing, where nobody is available yet.", line.Text);
        Assert.Equal(oz, line.AuthorUserId);
    }

    [Fact]
    public async Task The_new_assignee_can_reply_and_the_previous_owner_no_longer_can()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await AddTeamAsync(host, "billing", "Billing");
        await InboxAgents.CreateAsync(host, "oz@chatflows.test", "Oz", available: false);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", team: "billing");
        var owner = await InboxAgents.SignInAsync(host, "oz@chatflows.test");
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var id = await StartAsync(host);
        await InboxAgents.PostAsync(owner, id, "TakeOver");

        await InboxAgents.PostAsync(owner, id, "Assign", new() { ["AssignTo"] = "team:billing" });
        await InboxAgents.PostAsync(owner, id, "Reply", new() { ["Text"] = "Oz again" });
        await InboxAgents.PostAsync(ana, id, "Reply", new() { ["Text"] = "Ana from billing here" });

        var texts = (await InboxAgents.MessagesAsync(host, id)).Where(m => m.Author == MessageAuthor.Agent).Select(m => m.Text).ToList();
        Assert.Equal(["Ana from billing here"], texts);
    }

    // Take-overs announce themselves too: the inbox stream carries every assignment of every conversation.
    private static async Task<List<(string? Conversation, string? User)>> AssignmentsAsync(SseReader inbox, int count)
    {
        List<(string?, string?)> heard = [];
        for (var i = 0; i < count; i++)
        {
            var data = JsonDocument.Parse((await inbox.NextAsync("assignment")).Data).RootElement.GetProperty("data");
            heard.Add((data.GetProperty("conversationId").GetString(), data.GetProperty("userId").GetString()));
        }

        return heard;
    }

    private static async Task<string> StartAsync(ChatflowsFactory host)
    {
        var (_, start) = await VisitorClient.For(host).StartAsync();
        return start.GetProperty("conversationId").GetString()!;
    }

    private static Task AddTeamAsync(ChatflowsFactory host, string id, string name) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        db.Teams.Add(new TeamRecord { Id = id, Name = name, CreatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    });
}
