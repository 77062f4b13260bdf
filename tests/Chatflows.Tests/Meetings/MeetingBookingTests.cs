using Chatflows.Core.Ports;
using Chatflows.Meetings;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Chatflows.Tests.Meetings;

public sealed class MeetingBookingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Twenty_visitors_booking_one_slot_at_once_give_exactly_one_meeting(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var target = new MeetingTarget(await MeetingTestData.SanneIdAsync(host), null, null);
        var slot = await MeetingTestData.FirstSlotAsync(host, target);
        var scheduler = host.Services.GetRequiredService<MeetingScheduler>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await scheduler.BookAsync(target, slot, $"Visitor {i}", $"visitor{i}@example.com", CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r is not null);
        var stored = await host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Meetings.CountAsync(m => m.CancelledUtc == null));
        Assert.Equal(1, stored);
        var next = await MeetingTestData.FirstSlotAsync(host, target);
        Assert.True(next.Start >= slot.End, "The taken slot is no longer offered; the next free one is.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_database_refuses_an_overlapping_meeting_of_another_length_even_past_the_application_check(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var target = new MeetingTarget(await MeetingTestData.SanneIdAsync(host), null, null);
        var slot = await MeetingTestData.FirstSlotAsync(host, target);
        var booking = await host.Services.GetRequiredService<MeetingScheduler>().BookAsync(target, slot, "First", "first@example.com", CancellationToken.None);
        Assert.NotNull(booking);

        // An hour-long meeting starting 15 minutes earlier, written straight to the tables as a buggy or racing writer would.
        var overlapping = new Interval(slot.Start - Duration.FromMinutes(15), slot.Start + Duration.FromMinutes(45));
        var error = await Record.ExceptionAsync(() => host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var first = await db.Meetings.AsNoTracking().SingleAsync();
            var meeting = new MeetingRecord
            {
                Reference = "M-TEST01", HostUserId = target.UserId!, MeetingTypeId = first.MeetingTypeId, Title = "Long", VisitorName = "Second",
                VisitorEmail = "second@example.com", TokenHash = new string('0', 64), StartUtc = overlapping.Start.ToDateTimeUtc(),
                EndUtc = overlapping.End.ToDateTimeUtc(), CreatedUtc = DateTime.UtcNow,
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            db.MeetingClaims.AddRange(Core.Meetings.MeetingGrains.Of(overlapping).Select(b => new MeetingClaimRecord
            {
                HostUserId = target.UserId!, BlockStartUtc = b.ToDateTimeUtc(), MeetingId = meeting.Id,
            }));
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(error);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Cancelling_frees_the_time_for_the_next_visitor(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var target = new MeetingTarget(await MeetingTestData.SanneIdAsync(host), null, null);
        var slot = await MeetingTestData.FirstSlotAsync(host, target);
        var scheduler = host.Services.GetRequiredService<MeetingScheduler>();
        Assert.NotNull(await scheduler.BookAsync(target, slot, "First", "first@example.com", CancellationToken.None));
        var id = await host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Meetings.Select(m => m.Id).SingleAsync());

        var cancelled = await host.InScopeAsync(services => services.GetRequiredService<MeetingBooker>().CancelAsync(id, CancellationToken.None));
        var again = await host.InScopeAsync(services => services.GetRequiredService<MeetingBooker>().CancelAsync(id, CancellationToken.None));
        var rebooked = await scheduler.BookAsync(target, slot, "Second", "second@example.com", CancellationToken.None);

        Assert.True(cancelled);
        Assert.False(again);
        Assert.NotNull(rebooked);
    }
}
