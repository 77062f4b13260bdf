using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Tickets;

public sealed class TicketAvailabilityTests
{
    [Fact]
    public async Task Tickets_go_round_robin_to_available_users_only_and_to_everyone_when_all_are_away()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var ann = await TicketScenarios.CreateUserAsync(host, "ann@chatflows.test", "Ann", "Agent");
        var bo = await TicketScenarios.CreateUserAsync(host, "bo@chatflows.test", "Bo", "Agent");
        var cy = await TicketScenarios.CreateUserAsync(host, "cy@chatflows.test", "Cy", "Agent");
        await SetAvailableAsync(host, ann, true);
        await SetAvailableAsync(host, bo, false);
        await SetAvailableAsync(host, cy, true);
        var errors = await host.InScopeAsync(s => s.GetRequiredService<TicketAssignmentStore>()
            .SaveAsync(new TicketAssignment { Enabled = true, UserIds = [ann, bo, cy] }, CancellationToken.None));
        Assert.Empty(errors);
        await FlowBuilding.PublishAsync(host, TicketScenarios.TicketFlow());

        for (var i = 0; i < 4; i++)
        {
            await TicketScenarios.ConverseAsync(host, "ticketing");
        }

        foreach (var user in new[] { ann, cy })
        {
            await SetAvailableAsync(host, user, false);
        }

        for (var i = 0; i < 3; i++)
        {
            await TicketScenarios.ConverseAsync(host, "ticketing");
        }

        var assignees = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets
            .Where(t => t.ConversationId != null).OrderBy(t => t.Id).Select(t => t.AssigneeId).ToListAsync());
        string[] available = [.. new[] { ann, cy }.Order(StringComparer.Ordinal)];
        Assert.Equal([available[0], available[1], available[0], available[1]], assignees.Take(4));
        Assert.DoesNotContain(bo, assignees.Take(4));
        Assert.All(assignees.Skip(4), a => Assert.Contains(a, new[] { ann, bo, cy }));
        Assert.Equal(3, assignees.Skip(4).Distinct().Count());
    }

    private static Task SetAvailableAsync(ChatflowsFactory host, string userId, bool available) =>
        host.InScopeAsync(s => s.GetRequiredService<AgentAvailability>().SetAsync(userId, available, CancellationToken.None));
}
