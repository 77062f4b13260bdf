using Chatflows.Core.Availability;
using Chatflows.Core.Ports;
using Chatflows.Meetings;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Meetings;

public sealed class TeamRoundRobinTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_teams_slot_goes_to_each_free_member_in_turn_and_then_is_gone()
    {
        await _host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
            var meetings = services.GetRequiredService<MeetingAdministration>();
            var joris = (await users.FindByEmailAsync("joris@ledgerly.example"))!;
            var sanne = (await users.FindByEmailAsync(MeetingTestData.SanneEmail))!;
            db.Teams.Add(new TeamRecord { Id = "sales", Name = "Sales", CreatedUtc = DateTime.UtcNow });
            db.TeamMembers.AddRange(new TeamMemberRecord { TeamId = "sales", UserId = joris.Id }, new TeamMemberRecord { TeamId = "sales", UserId = sanne.Id });
            await db.SaveChangesAsync();
            var (zone, hours, _) = await meetings.AvailabilityAsync(sanne.Id, CancellationToken.None);
            Assert.Empty(await meetings.SaveAvailabilityAsync(joris.Id, zone, hours, CancellationToken.None));
            Assert.Empty(await meetings.SaveTypeAsync(joris.Id, null, new MeetingTypeInput("ledgerly-demo", "Ledgerly demo", 30, 0, 10, 120, 14), CancellationToken.None));
        });
        var target = new MeetingTarget(null, "sales", "ledgerly-demo");
        var slot = await MeetingTestData.FirstSlotAsync(_host, target);
        var scheduler = _host.Services.GetRequiredService<MeetingScheduler>();

        var first = await scheduler.BookAsync(target, slot, "One", "one@example.com", CancellationToken.None);
        var second = await scheduler.BookAsync(target, slot, "Two", "two@example.com", CancellationToken.None);
        var third = await scheduler.BookAsync(target, slot, "Three", "three@example.com", CancellationToken.None);
        var next = await MeetingTestData.FirstSlotAsync(_host, target);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.WithName, second!.WithName);
        Assert.Null(third);
        Assert.True(next.Start > slot.Start);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
