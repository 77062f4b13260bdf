using System.Globalization;
using System.Text.Json.Serialization;
using Chatflows.Core.Validation;
using NodaTime;

namespace Chatflows.Core.Availability;

/// <summary>
/// When the team is open in <see cref="AvailabilityMode.OfficeHours"/> mode (W5b), in the site's local
/// time. Defaults to Monday to Friday 09:00–17:30 with no holidays, a typical office week.
/// </summary>
public sealed record OfficeHours
{
    /// <summary>Enough for split shifts and a lunch break; more is almost certainly an editing mistake.</summary>
    public const int MaxRangesPerDay = 6;

    /// <summary>A year of closed days; the list is scanned on every evaluation, so it stays bounded.</summary>
    public const int MaxHolidays = 366;

    private static readonly LocalTime Nine = new(9, 0);
    private static readonly LocalTime HalfPastFive = new(17, 30);

    /// <summary>Opening ranges per weekday; a day not listed is closed. Default Monday to Friday 09:00–17:30.</summary>
    public IReadOnlyList<DayHours> Days { get; init; } =
    [
        OfficeDay(IsoDayOfWeek.Monday),
        OfficeDay(IsoDayOfWeek.Tuesday),
        OfficeDay(IsoDayOfWeek.Wednesday),
        OfficeDay(IsoDayOfWeek.Thursday),
        OfficeDay(IsoDayOfWeek.Friday),
    ];

    /// <summary>
    /// Dates the team is closed, stored as <c>"yyyy-MM-dd"</c>. Default none. A holiday cancels the ranges
    /// that start on it; a night shift that began the evening before still runs to its end.
    /// </summary>
    [JsonConverter(typeof(LocalDateListJsonConverter))]
    public IReadOnlyList<LocalDate> Holidays { get; init; } = [];

    /// <summary>The ranges that start on <paramref name="day"/>, in the order they were entered.</summary>
    public IEnumerable<TimeRange> RangesOn(IsoDayOfWeek day) => Days.Where(d => d.Day == day).SelectMany(d => d.Ranges);

    /// <summary>Every problem with these hours; fields are relative, e.g. <c>days[0].ranges[1]</c>.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        List<(long Start, long End, string Text)> placed = [];
        for (var i = 0; i < Days.Count; i++)
        {
            var day = Days[i];
            if (day.Day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                errors.Add(new($"days[{i}].day", ValidationTexts.HoursDay()));
                continue;
            }

            if (Days.Take(i).Any(d => d.Day == day.Day))
            {
                errors.Add(new($"days[{i}].day", $"{day.Day} is listed twice; put all its ranges under one day."));
            }

            if (day.Ranges.Count > MaxRangesPerDay)
            {
                errors.Add(new($"days[{i}].ranges", ValidationTexts.HoursRanges(MaxRangesPerDay)));
            }

            for (var j = 0; j < day.Ranges.Count; j++)
            {
                var range = day.Ranges[j];
                if (range.Start == range.End)
                {
                    errors.Add(new($"days[{i}].ranges[{j}]", ValidationTexts.HoursEnd()));
                    continue;
                }

                var (start, end) = WeekSpan(day.Day, range);
                var clash = placed.FindIndex(p => Overlaps(p.Start, p.End, start, end));
                if (clash >= 0)
                {
                    errors.Add(new($"days[{i}].ranges[{j}]", ValidationTexts.HoursOverlap(placed[clash].Text)));
                }

                placed.Add((start, end, $"{day.Day} {Format(range.Start)}–{Format(range.End)}"));
            }
        }

        if (Holidays.Count > MaxHolidays)
        {
            errors.Add(new("holidays", ValidationTexts.HoursHolidays(MaxHolidays)));
        }

        return errors;
    }

    private static DayHours OfficeDay(IsoDayOfWeek day) => new(day, [new TimeRange(Nine, HalfPastFive)]);

    // Ticks since Monday 00:00, so a night range running into the next day (or from Sunday into Monday)
    // is caught overlapping that day's first range, not only ranges listed on the same day.
    private static (long Start, long End) WeekSpan(IsoDayOfWeek day, TimeRange range)
    {
        var dayStart = ((int)day - 1) * NodaConstants.TicksPerDay;
        var end = dayStart + range.End.TickOfDay + (range.CrossesMidnight ? NodaConstants.TicksPerDay : 0);
        return (dayStart + range.Start.TickOfDay, end);
    }

    private static bool Overlaps(long start1, long end1, long start2, long end2)
    {
        const long week = 7 * NodaConstants.TicksPerDay;
        return Shifted(0) || Shifted(week) || Shifted(-week);

        bool Shifted(long shift) => start1 + shift < end2 && start2 < end1 + shift;
    }

    private static string Format(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
