using Chatflows.Core.Availability;
using Chatflows.Core.Meetings;
using Chatflows.Core.Tests.Availability;
using NodaTime;
using Xunit;
using static Chatflows.Core.Tests.Availability.Amsterdam;

namespace Chatflows.Core.Tests.Meetings;

public sealed class SlotGeneratorTests
{
    private static readonly BusyTime[] NoMeetings = [];

    [Fact]
    public void A_nine_oclock_slot_stays_at_nine_local_across_the_spring_change()
    {
        var hours = EveryDay(Range("09:00", "09:30"));
        var rules = Rules(duration: 30, windowDays: 4);

        var slots = SlotGenerator.FreeSlots(rules, hours, Zone, NoMeetings, At(2026, 3, 27, 8)).ToList();

        Assert.Equal(
            [Instant.FromUtc(2026, 3, 27, 8, 0), Instant.FromUtc(2026, 3, 28, 8, 0), Instant.FromUtc(2026, 3, 29, 7, 0), Instant.FromUtc(2026, 3, 30, 7, 0)],
            slots.Select(s => s.Start));
    }

    [Fact]
    public void A_range_across_the_autumn_change_holds_its_real_length()
    {
        // Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET, so 01:00–04:00 local lasts four hours.
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("01:00", "04:00")));
        var rules = Rules(duration: 60, windowDays: 2);

        var slots = SlotGenerator.FreeSlots(rules, hours, Zone, NoMeetings, Instant.FromUtc(2026, 10, 24, 12, 0)).ToList();

        Assert.Equal(
            [Instant.FromUtc(2026, 10, 24, 23, 0), Instant.FromUtc(2026, 10, 25, 0, 0), Instant.FromUtc(2026, 10, 25, 1, 0), Instant.FromUtc(2026, 10, 25, 2, 0)],
            slots.Select(s => s.Start));
        Assert.All(slots, s => Assert.Equal(Duration.FromHours(1), s.Duration));
    }

    [Fact]
    public void Times_in_the_spring_gap_move_forward_and_the_range_shrinks_by_the_lost_hour()
    {
        // Sunday 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:00–04:00 local is one real hour.
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("02:00", "04:00")));
        var rules = Rules(duration: 30, windowDays: 2);

        var slots = SlotGenerator.FreeSlots(rules, hours, Zone, NoMeetings, Instant.FromUtc(2026, 3, 28, 12, 0)).ToList();

        Assert.Equal([Instant.FromUtc(2026, 3, 29, 1, 0), Instant.FromUtc(2026, 3, 29, 1, 30)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Minimum_notice_hides_slots_that_start_too_soon()
    {
        var hours = EveryDay(Range("09:00", "12:00"));
        var rules = Rules(duration: 30, notice: 60, windowDays: 1);

        var slots = SlotGenerator.FreeSlots(rules, hours, Zone, NoMeetings, At(2026, 6, 10, 9, 10)).ToList();

        Assert.Equal(At(2026, 6, 10, 10, 30), slots[0].Start);
        Assert.Equal(3, slots.Count);
    }

    [Fact]
    public void A_new_meeting_does_not_start_inside_an_existing_meetings_buffer()
    {
        var hours = EveryDay(Range("10:00", "12:00"));
        var existing = new BusyTime(new Interval(At(2026, 6, 10, 10), At(2026, 6, 10, 10, 30)), Duration.Zero, Duration.FromMinutes(15));

        var slots = SlotGenerator.FreeSlots(Rules(duration: 30, windowDays: 1), hours, Zone, [existing], At(2026, 6, 10, 7)).ToList();

        Assert.Equal([At(2026, 6, 10, 11), At(2026, 6, 10, 11, 30)], slots.Select(s => s.Start));
    }

    [Fact]
    public void A_new_meetings_own_buffers_keep_clear_of_existing_meetings()
    {
        var hours = EveryDay(Range("09:00", "12:00"));
        var existing = new BusyTime(new Interval(At(2026, 6, 10, 10), At(2026, 6, 10, 10, 30)), Duration.Zero, Duration.Zero);
        var rules = Rules(duration: 30, before: 15, after: 15, windowDays: 1);

        var slots = SlotGenerator.FreeSlots(rules, hours, Zone, [existing], At(2026, 6, 10, 7)).ToList();

        Assert.Equal([At(2026, 6, 10, 9), At(2026, 6, 10, 11), At(2026, 6, 10, 11, 30)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Blocked_dates_and_days_without_hours_offer_nothing()
    {
        var hours = Hours(Day(IsoDayOfWeek.Wednesday, Range("09:00", "10:00")), Day(IsoDayOfWeek.Thursday, Range("09:00", "10:00"))) with
        {
            Holidays = [new LocalDate(2026, 6, 10)],
        };

        var slots = SlotGenerator.FreeSlots(Rules(duration: 60, windowDays: 7), hours, Zone, NoMeetings, At(2026, 6, 9, 7)).ToList();

        Assert.Equal([At(2026, 6, 11, 9)], slots.Select(s => s.Start));
    }

    [Fact]
    public void The_booking_window_ends_the_search()
    {
        var hours = EveryDay(Range("09:00", "10:00"));

        var slots = SlotGenerator.FreeSlots(Rules(duration: 60, windowDays: 3), hours, Zone, NoMeetings, At(2026, 6, 9, 7)).ToList();

        Assert.Equal([At(2026, 6, 9, 9), At(2026, 6, 10, 9), At(2026, 6, 11, 9)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Slots_are_laid_out_in_the_hosts_zone_not_the_callers()
    {
        var hours = EveryDay(Range("09:00", "10:00"));

        var slots = SlotGenerator.FreeSlots(Rules(duration: 60, windowDays: 1), hours, NewYork, NoMeetings, Instant.FromUtc(2026, 6, 10, 12, 0)).ToList();

        Assert.Equal([Instant.FromUtc(2026, 6, 10, 13, 0)], slots.Select(s => s.Start));
    }

    [Fact]
    public void Invalid_rules_offer_no_slots_and_say_why()
    {
        var rules = Rules(duration: 7, windowDays: 0);

        var errors = rules.Validate();

        Assert.Contains(errors, e => e.Field == "durationMinutes");
        Assert.Contains(errors, e => e.Field == "bookingWindowDays");
        Assert.Empty(SlotGenerator.FreeSlots(rules, EveryDay(Range("09:00", "10:00")), Zone, NoMeetings, At(2026, 6, 10, 7)));
    }

    private static MeetingRules Rules(int duration, int before = 0, int after = 0, int notice = 0, int windowDays = 14) =>
        MeetingRules.FromMinutes(duration, before, after, notice, windowDays);

    private static OfficeHours EveryDay(TimeRange range) =>
        Hours([.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(d => Day(d, range))]);
}
