using Chatflows.Core.Availability;
using NodaTime;
using static Chatflows.Core.Tests.Availability.Amsterdam;

namespace Chatflows.Core.Tests.Availability;

public sealed class OfficeHoursTests
{
    [Fact]
    public void Default_is_a_valid_office_week_from_nine_to_half_past_five()
    {
        var hours = new OfficeHours();

        Assert.Empty(hours.Validate());
        Assert.Equal([Range("09:00", "17:30")], hours.RangesOn(IsoDayOfWeek.Friday));
        Assert.Empty(hours.RangesOn(IsoDayOfWeek.Saturday));
    }

    [Fact]
    public void Range_that_ends_when_it_starts_is_reported()
    {
        var hours = Hours(Day(IsoDayOfWeek.Monday, Range("09:00", "12:00"), Range("13:00", "13:00")));

        var errors = hours.Validate();

        Assert.Equal("days[0].ranges[1]", Assert.Single(errors).Field);
    }

    [Fact]
    public void More_than_six_ranges_a_day_are_reported()
    {
        var ranges = Enumerable.Range(8, 7).Select(hour => new TimeRange(new LocalTime(hour, 0), new LocalTime(hour, 30))).ToArray();

        var errors = Hours(Day(IsoDayOfWeek.Monday, ranges)).Validate();

        Assert.Equal("days[0].ranges", Assert.Single(errors).Field);
    }

    [Fact]
    public void Overlapping_ranges_on_a_day_are_reported_on_the_later_one()
    {
        var hours = Hours(Day(IsoDayOfWeek.Tuesday, Range("09:00", "12:30"), Range("12:00", "17:00")));

        var error = Assert.Single(hours.Validate());

        Assert.Equal("days[0].ranges[1]", error.Field);
        Assert.Contains("Tuesday 09:00–12:30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_that_touch_do_not_overlap()
    {
        var hours = Hours(Day(IsoDayOfWeek.Tuesday, Range("09:00", "12:00"), Range("12:00", "17:00")));

        var errors = hours.Validate();

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)]
    [InlineData(IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday)]
    public void Night_range_running_into_the_next_days_first_range_is_reported(IsoDayOfWeek night, IsoDayOfWeek next)
    {
        var hours = Hours(Day(night, Range("22:00", "02:00")), Day(next, Range("01:00", "05:00")));

        var errors = hours.Validate();

        Assert.Equal("days[1].ranges[0]", Assert.Single(errors).Field);
    }

    [Fact]
    public void Day_listed_twice_is_reported()
    {
        var hours = Hours(Day(IsoDayOfWeek.Monday, Range("09:00", "12:00")), Day(IsoDayOfWeek.Monday, Range("13:00", "17:00")));

        var errors = hours.Validate();

        Assert.Equal("days[1].day", Assert.Single(errors).Field);
    }

    [Fact]
    public void Day_that_is_not_a_weekday_is_reported()
    {
        var hours = Hours(Day(IsoDayOfWeek.None, Range("09:00", "12:00")));

        var errors = hours.Validate();

        Assert.Equal("days[0].day", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData(366, true)]
    [InlineData(367, false)]
    public void At_most_a_year_of_holidays_is_allowed(int count, bool valid)
    {
        var hours = new OfficeHours { Holidays = [.. Enumerable.Range(0, count).Select(day => new LocalDate(2026, 1, 1).PlusDays(day))] };

        var errors = hours.Validate();

        Assert.Equal(valid ? [] : ["holidays"], errors.Select(e => e.Field));
    }
}
