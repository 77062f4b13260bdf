using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Tickets;

public sealed class TicketAssignmentTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Tickets_from_a_flow_go_round_robin_to_the_assigned_users(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var first = await TicketScenarios.CreateUserAsync(host, "ann@chatflows.test", "Ann", "Agent");
        var second = await TicketScenarios.CreateUserAsync(host, "bo@chatflows.test", "Bo", "Agent");
        await SaveRuleAsync(host, new TicketAssignment { Enabled = true, UserIds = [first, second] });
        await FlowBuilding.PublishAsync(host, TicketScenarios.TicketFlow());

        for (var i = 0; i < 3; i++)
        {
            await TicketScenarios.ConverseAsync(host, "ticketing");
        }

        var tickets = await TicketsAsync(host);
        string[] inTurn = [.. new[] { first, second }.Order(StringComparer.Ordinal)];
        Assert.Equal([inTurn[0], inTurn[1], inTurn[0]], tickets.Select(t => t.AssigneeId));
        Assert.All(tickets, t => Assert.NotNull(t.ConversationId));
        Assert.All(tickets, t => Assert.Equal("normal", t.Priority));
    }

    [Fact]
    public async Task Team_members_share_the_tickets_and_a_disabled_rule_leaves_them_unassigned()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var member = await TicketScenarios.CreateUserAsync(host, "cy@chatflows.test", "Cy", "Agent");
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            db.Teams.Add(new TeamRecord { Id = "billing", Name = "Billing", CreatedUtc = DateTime.UtcNow });
            db.TeamMembers.Add(new TeamMemberRecord { TeamId = "billing", UserId = member });
            await db.SaveChangesAsync();
        });
        await FlowBuilding.PublishAsync(host, TicketScenarios.TicketFlow());

        await SaveRuleAsync(host, new TicketAssignment { Enabled = true, TeamIds = ["billing"] });
        await TicketScenarios.ConverseAsync(host, "ticketing");
        await SaveRuleAsync(host, new TicketAssignment { Enabled = false, TeamIds = ["billing"] });
        await TicketScenarios.ConverseAsync(host, "ticketing");

        var tickets = await TicketsAsync(host);
        Assert.Equal([member, null], tickets.Select(t => t.AssigneeId));
    }

    [Fact]
    public async Task A_rule_naming_unknown_users_or_nobody_is_refused()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var unknown = await host.InScopeAsync(s => s.GetRequiredService<TicketAssignmentStore>()
            .SaveAsync(new TicketAssignment { Enabled = true, UserIds = ["no-such-user"], TeamIds = ["no-such-team"] }, CancellationToken.None));
        var nobody = await host.InScopeAsync(s => s.GetRequiredService<TicketAssignmentStore>()
            .SaveAsync(new TicketAssignment { Enabled = true }, CancellationToken.None));

        Assert.Equal(["userIds", "teamIds"], unknown.Select(e => e.Field));
        Assert.Equal("userIds", Assert.Single(nobody).Field);
    }

    private static async Task SaveRuleAsync(ChatflowsFactory host, TicketAssignment rule)
    {
        var errors = await host.InScopeAsync(s => s.GetRequiredService<TicketAssignmentStore>().SaveAsync(rule, CancellationToken.None));
        Assert.Empty(errors);
    }

    private static Task<List<TicketRecord>> TicketsAsync(ChatflowsFactory host) =>
        host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.Where(t => t.ConversationId != null)
            .OrderBy(t => t.Id).ToListAsync());
}
