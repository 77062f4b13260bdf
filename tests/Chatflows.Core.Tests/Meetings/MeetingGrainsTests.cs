using Chatflows.Core.Meetings;
using NodaTime;
using Xunit;

namespace Chatflows.Core.Tests.Meetings;

public sealed class MeetingGrainsTests
{
    private static readonly Instant Ten = Instant.FromUtc(2026, 6, 10, 10, 0);

    [Fact]
    public void Overlapping_meetings_of_different_lengths_share_a_block()
    {
        var hour = MeetingGrains.Of(new Interval(Ten, Ten + Duration.FromHours(1)));
        var halfHourInside = MeetingGrains.Of(new Interval(Ten + Duration.FromMinutes(30), Ten + Duration.FromMinutes(60)));

        Assert.NotEmpty(hour.Intersect(halfHourInside));
    }

    [Fact]
    public void Back_to_back_meetings_share_no_block()
    {
        var first = MeetingGrains.Of(new Interval(Ten, Ten + Duration.FromMinutes(30))).ToList();
        var second = MeetingGrains.Of(new Interval(Ten + Duration.FromMinutes(30), Ten + Duration.FromMinutes(45))).ToList();

        Assert.Equal(6, first.Count);
        Assert.Equal(3, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void A_meeting_off_the_grid_claims_every_block_it_touches()
    {
        var blocks = MeetingGrains.Of(new Interval(Ten + Duration.FromMinutes(2), Ten + Duration.FromMinutes(7))).ToList();

        Assert.Equal([Ten, Ten + Duration.FromMinutes(5)], blocks);
    }
}
