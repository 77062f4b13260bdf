using Chatflows.Core.Availability;
using Chatflows.Core.Engine;
using NodaTime;
using static Chatflows.Core.Tests.Availability.Amsterdam;

namespace Chatflows.Core.Tests.Availability;

public sealed class AvailabilityCalculatorTests
{
    private static readonly TeamLoad Free = new(AnyAgentAvailable: true, AllAvailableAtCapacity: false);
    private static readonly TeamLoad Nobody = new(AnyAgentAvailable: false, AllAvailableAtCapacity: false);
    private static readonly TeamLoad Full = new(AnyAgentAvailable: true, AllAvailableAtCapacity: true);

    private static readonly AvailabilitySettings OfficeMode = new() { Mode = AvailabilityMode.OfficeHours };

    [Theory]
    [InlineData(11, 59, true)]
    [InlineData(12, 30, false)]
    [InlineData(13, 0, true)]
    [InlineData(17, 0, false)]
    public void Lunch_break_between_two_ranges_is_closed(int hour, int minute, bool open)
    {
        var hours = Hours(Day(IsoDayOfWeek.Monday, Range("09:00", "12:00"), Range("13:00", "17:00")));

        var within = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 3, 2, hour, minute));

        Assert.Equal(open, within);
    }

    [Theory]
    [InlineData(27, 21, 59, false)]
    [InlineData(27, 23, 0, true)]
    [InlineData(28, 1, 30, true)]
    [InlineData(28, 2, 30, false)]
    [InlineData(28, 23, 0, false)]
    public void Friday_night_range_runs_into_saturday_and_ends_there(int day, int hour, int minute, bool open)
    {
        var hours = Hours(Day(IsoDayOfWeek.Friday, Range("22:00", "02:00")));

        var within = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 3, day, hour, minute));

        Assert.Equal(open, within);
    }

    [Fact]
    public void Holiday_is_closed_all_day_while_the_day_before_opens_as_usual()
    {
        var hours = new OfficeHours { Holidays = [new LocalDate(2026, 12, 25)] };

        var dayBefore = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 12, 24, 10));
        var holidayMorning = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 12, 25, 9));
        var holidayAfternoon = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 12, 25, 17));

        Assert.True(dayBefore);
        Assert.False(holidayMorning);
        Assert.False(holidayAfternoon);
    }

    [Fact]
    public void Holiday_cancels_its_own_night_range_but_not_the_one_started_the_evening_before()
    {
        var night = Range("22:00", "02:00");
        var hours = Hours(Day(IsoDayOfWeek.Thursday, night), Day(IsoDayOfWeek.Friday, night)) with { Holidays = [new LocalDate(2026, 3, 27)] };

        var fridayEarly = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 3, 27, 1));
        var fridayNight = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, At(2026, 3, 27, 23));

        Assert.True(fridayEarly);
        Assert.False(fridayNight);
    }

    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:00–02:59 local never happens.
    [Theory]
    [InlineData(0, 30, false)]
    [InlineData(1, 0, true)]
    [InlineData(1, 59, true)]
    [InlineData(2, 0, false)]
    public void Spring_forward_range_from_two_to_four_opens_at_three_summer_time(int utcHour, int utcMinute, bool open)
    {
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("02:00", "04:00")));

        var within = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, Instant.FromUtc(2026, 3, 29, utcHour, utcMinute));

        Assert.Equal(open, within);
    }

    [Fact]
    public void Spring_forward_opening_at_half_past_two_moves_to_half_past_three()
    {
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("02:30", "05:00")));

        var next = AvailabilityCalculator.NextOpening(hours, Zone, At(2026, 3, 28, 12));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), next);
        Assert.Equal(new LocalTime(3, 30), next!.Value.InZone(Zone).TimeOfDay);
    }

    [Theory]
    [InlineData(26, 27, 8)]
    [InlineData(27, 30, 7)]
    public void Nine_oclock_opening_is_eight_utc_before_the_change_and_seven_after(int fromDay, int openingDay, int utcHour)
    {
        var hours = new OfficeHours();

        var next = AvailabilityCalculator.NextOpening(hours, Zone, At(2026, 3, fromDay, 18));

        Assert.Equal(Instant.FromUtc(2026, 3, openingDay, utcHour, 0), next);
    }

    // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:00–02:59 local happens twice (00:00–00:59 and 01:00–01:59 UTC).
    [Fact]
    public void Fall_back_opening_at_half_past_two_is_the_first_one()
    {
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("02:30", "04:00")));

        var next = AvailabilityCalculator.NextOpening(hours, Zone, At(2026, 10, 24, 12));

        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), next);
    }

    [Theory]
    [InlineData(0, 15, false)]
    [InlineData(0, 30, true)]
    [InlineData(1, 15, true)]
    [InlineData(1, 30, true)]
    [InlineData(3, 0, false)]
    public void Fall_back_range_from_half_past_two_covers_both_half_past_twos(int utcHour, int utcMinute, bool open)
    {
        var hours = Hours(Day(IsoDayOfWeek.Sunday, Range("02:30", "04:00")));

        var within = AvailabilityCalculator.IsWithinOfficeHours(hours, Zone, Instant.FromUtc(2026, 10, 25, utcHour, utcMinute));

        Assert.Equal(open, within);
    }

    [Fact]
    public void Next_opening_after_friday_closing_is_monday_morning()
    {
        var next = AvailabilityCalculator.NextOpening(new OfficeHours(), Zone, At(2026, 1, 9, 18));

        Assert.Equal(At(2026, 1, 12, 9), next);
    }

    [Fact]
    public void Next_opening_skips_a_holiday_monday()
    {
        var hours = new OfficeHours { Holidays = [new LocalDate(2026, 1, 12)] };

        var next = AvailabilityCalculator.NextOpening(hours, Zone, At(2026, 1, 9, 18));

        Assert.Equal(At(2026, 1, 13, 9), next);
    }

    [Fact]
    public void Next_opening_during_lunch_is_the_afternoon_range()
    {
        var hours = Hours(Day(IsoDayOfWeek.Monday, Range("09:00", "12:00"), Range("13:00", "17:00")));

        var next = AvailabilityCalculator.NextOpening(hours, Zone, At(2026, 3, 2, 12, 15));

        Assert.Equal(At(2026, 3, 2, 13), next);
    }

    [Fact]
    public void Next_opening_is_null_without_any_range()
    {
        var next = AvailabilityCalculator.NextOpening(Hours(), Zone, At(2026, 1, 9, 18));

        Assert.Null(next);
    }

    [Fact]
    public void Always_on_is_available_with_response_time_even_when_nobody_is_there()
    {
        var result = AvailabilityCalculator.Evaluate(new AvailabilitySettings(), Zone, At(2026, 1, 10, 3), Nobody, Zone);

        Assert.Equal(new AvailabilityResult(TeamAvailability.Available, WidgetInstruction.ShowResponseTime, TypicalResponseTime.FewMinutes), result);
    }

    [Fact]
    public void Available_without_a_response_time_shows_nothing_extra()
    {
        var settings = new AvailabilitySettings { TypicalResponseTime = TypicalResponseTime.None };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 10, 3), Free, Zone);

        Assert.Equal(WidgetInstruction.None, result.Instruction);
    }

    [Theory]
    [InlineData(CapacityBehavior.ShowWaitMessage, WidgetInstruction.ShowWaitMessage, "Busy, hang on.")]
    [InlineData(CapacityBehavior.HideLauncher, WidgetInstruction.HideLauncher, null)]
    [InlineData(CapacityBehavior.DoNothing, WidgetInstruction.None, null)]
    public void Always_on_at_capacity_follows_the_capacity_behaviour(CapacityBehavior behavior, WidgetInstruction instruction, string? message)
    {
        var settings = new AvailabilitySettings { CapacityBehavior = behavior, WaitMessage = "Busy, hang on." };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 10, 3), Full, Zone);

        Assert.Equal((TeamAvailability.AtCapacity, instruction, message), (result.State, result.Instruction, result.Message));
    }

    public static TheoryData<string, TeamLoad, TeamAvailability, WidgetInstruction, string?> UsersModeCases => new()
    {
        { "agent with room", Free, TeamAvailability.Available, WidgetInstruction.ShowResponseTime, null },
        { "nobody available", Nobody, TeamAvailability.Away, WidgetInstruction.ShowAwayMessage, "Away for now." },
        { "everyone full", Full, TeamAvailability.AtCapacity, WidgetInstruction.ShowWaitMessage, "Busy, hang on." },
    };

    [Theory]
    [MemberData(nameof(UsersModeCases))]
    public void Users_mode_follows_the_agents_at_any_hour(string _, TeamLoad load, TeamAvailability state, WidgetInstruction instruction, string? message)
    {
        var settings = new AvailabilitySettings { Mode = AvailabilityMode.Users, AwayMessage = "Away for now.", WaitMessage = "Busy, hang on." };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 11, 3), load, Zone);

        Assert.Equal((state, instruction, message), (result.State, result.Instruction, result.Message));
        Assert.Null(result.NextOpening);
    }

    [Theory]
    [MemberData(nameof(UsersModeCases))]
    public void Office_hours_mode_follows_the_agents_inside_the_hours(string _, TeamLoad load, TeamAvailability state, WidgetInstruction instruction, string? message)
    {
        var settings = OfficeMode with { AwayMessage = "Away for now.", WaitMessage = "Busy, hang on." };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 12, 10), load, Zone);

        Assert.Equal((state, instruction, message), (result.State, result.Instruction, result.Message));
    }

    [Fact]
    public void Outside_office_hours_is_offline_and_shows_when_the_team_is_back_even_with_agents_available()
    {
        var result = AvailabilityCalculator.Evaluate(OfficeMode, Zone, At(2026, 1, 9, 18), Free, Zone);

        Assert.Equal(TeamAvailability.Offline, result.State);
        Assert.Equal(WidgetInstruction.ShowBackAt, result.Instruction);
        Assert.Equal(At(2026, 1, 12, 9), result.NextOpening);
        Assert.Equal("Monday 09:00", result.NextOpeningLocal);
        Assert.Equal("Europe/Amsterdam", result.NextOpeningZone);
    }

    [Theory]
    [InlineData(1, 9, "Monday 03:00")]
    [InlineData(3, 13, "Monday 04:00")]
    public void Back_time_is_shown_in_the_visitors_time_zone(int month, int friday, string expected)
    {
        var result = AvailabilityCalculator.Evaluate(OfficeMode, Zone, At(2026, month, friday, 18), Free, NewYork);

        Assert.Equal(expected, result.NextOpeningLocal);
        Assert.Equal("America/New_York", result.NextOpeningZone);
    }

    [Theory]
    [InlineData("nl", 12, "maandag 09:00")]
    [InlineData("de", 12, "Montag 09:00")]
    [InlineData("en-US", 12, "Monday 9:00\u202FAM")] // ICU puts a narrow no-break space before AM
    [InlineData("nl", 19, "maandag 19 januari 09:00")]
    [InlineData("en-US", 19, "Monday January 19 9:00\u202FAM")]
    public void Back_time_is_written_in_the_visitors_language(string language, int monday, string expected)
    {
        var settings = OfficeMode with
        {
            OfficeHours = new OfficeHours { Holidays = [.. Enumerable.Range(12, monday - 12).Select(day => new LocalDate(2026, 1, day))] },
        };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 9, 18), Free, Zone, VisitorDates.Culture(language));

        Assert.Equal(expected, result.NextOpeningLocal);
    }

    [Fact]
    public void Arabic_back_time_has_Arabic_day_and_Gregorian_month_names()
    {
        var settings = OfficeMode with { OfficeHours = new OfficeHours { Holidays = [.. Enumerable.Range(12, 5).Select(day => new LocalDate(2026, 1, day))] } };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 9, 18), Free, Zone, VisitorDates.Culture("ar"));

        Assert.Contains("الاثنين", result.NextOpeningLocal, StringComparison.Ordinal);
        Assert.Contains("يناير", result.NextOpeningLocal, StringComparison.Ordinal);
    }

    [Fact]
    public void Back_time_a_week_or_more_away_includes_the_date()
    {
        var settings = OfficeMode with
        {
            OfficeHours = new OfficeHours { Holidays = [.. Enumerable.Range(12, 5).Select(day => new LocalDate(2026, 1, day))] },
        };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 9, 18), Free, Zone);

        Assert.Equal("Monday 19 January 09:00", result.NextOpeningLocal);
    }

    [Theory]
    [InlineData(OfflineBehavior.ShowAwayMessage, WidgetInstruction.ShowAwayMessage, "Closed until Monday.")]
    [InlineData(OfflineBehavior.HideLauncher, WidgetInstruction.HideLauncher, null)]
    public void Outside_office_hours_follows_the_offline_behaviour(OfflineBehavior behavior, WidgetInstruction instruction, string? message)
    {
        var settings = OfficeMode with { OfflineBehavior = behavior, OfflineMessage = "Closed until Monday." };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 10, 12), Free, Zone);

        Assert.Equal((TeamAvailability.Offline, instruction, message), (result.State, result.Instruction, result.Message));
        Assert.Null(result.NextOpening);
    }

    [Fact]
    public void Back_time_without_an_opening_in_two_weeks_shows_the_offline_message()
    {
        var settings = OfficeMode with { OfficeHours = Hours(), OfflineMessage = "Closed for now." };

        var result = AvailabilityCalculator.Evaluate(settings, Zone, At(2026, 1, 10, 12), Free, Zone);

        Assert.Equal((WidgetInstruction.ShowAwayMessage, "Closed for now."), (result.Instruction, result.Message));
    }
}
