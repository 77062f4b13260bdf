using System.Globalization;
using Chatflows.Core.Availability;
using Chatflows.Core.Validation;
using Chatflows.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary>
/// Weekly meeting hours in the host's own zone (several ranges a day, written as text so the page needs
/// no script) and blocked dates, one per line.
/// </summary>
public sealed class AvailabilityModel(MeetingAdministration meetings, MeetingsAccess access, EditorTexts words) : PageModel
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static IReadOnlyList<IsoDayOfWeek> Week { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    [BindProperty(SupportsGet = true)]
    public string? Host { get; set; }

    [BindProperty]
    public string TimeZone { get; set; } = MeetingCalendar.DefaultTimeZone;

    /// <summary>Per weekday (Monday first), ranges like <c>09:00-12:00, 13:00-17:00</c>.</summary>
    [BindProperty]
    public List<string?> Days { get; set; } = [.. Week.Select(_ => (string?)null)];

    [BindProperty]
    public string? BlockedDates { get; set; }

    public string HostName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.HostAsync(User, Host) is not { } host)
        {
            return NotFound();
        }

        HostName = host.DisplayName;
        var (zone, hours, _) = await meetings.AvailabilityAsync(host.Id, cancellationToken);
        TimeZone = zone;
        Days = [.. Week.Select(day => (string?)string.Join(", ", hours.RangesOn(day).Select(r => $"{r.Start:HH:mm}-{r.End:HH:mm}")))];
        BlockedDates = string.Join('\n', hours.Holidays.Order().Select(d => DatePattern.Format(d)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await access.HostAsync(User, Host) is not { } host)
        {
            return NotFound();
        }

        HostName = host.DisplayName;
        List<DayHours> days = [];
        for (var i = 0; i < Week.Count; i++)
        {
            var ranges = ParseRanges(i < Days.Count ? Days[i] : null, $"{nameof(Days)}[{i}]");
            if (ranges.Count > 0)
            {
                days.Add(new DayHours(Week[i], ranges));
            }
        }

        List<LocalDate> blocked = [];
        foreach (var line in (BlockedDates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DatePattern.Parse(line) is { Success: true } date)
            {
                blocked.Add(date.Value);
            }
            else
            {
                ModelState.AddModelError(nameof(BlockedDates), words.Of(ValidationTexts.MeetingsNotADate(line)));
            }
        }

        if (ModelState.IsValid)
        {
            var hours = new OfficeHours { Days = days, Holidays = [.. blocked.Distinct()] };
            foreach (var error in await meetings.SaveAvailabilityAsync(host.Id, TimeZone.Trim(), hours, cancellationToken))
            {
                ModelState.AddModelError(FieldOf(error.Field, days), words.Of(error));
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.MeetingsHoursSaved(host.DisplayName));
        return RedirectToPage("Index");
    }

    private List<TimeRange> ParseRanges(string? text, string field)
    {
        List<TimeRange> ranges = [];
        foreach (var part in (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            if (ends.Length == 2 && TimePattern.Parse(ends[0]) is { Success: true } start && TimePattern.Parse(ends[1]) is { Success: true } end)
            {
                ranges.Add(new TimeRange(start.Value, end.Value));
            }
            else
            {
                ModelState.AddModelError(field, words.Of(ValidationTexts.MeetingsNotARange(part)));
            }
        }

        return ranges;
    }

    // "days[2].ranges[0]" from the validator points into the saved list, which skips empty weekdays.
    private static string FieldOf(string field, List<DayHours> days)
    {
        if (field.StartsWith("days[", StringComparison.Ordinal) && int.TryParse(field[5..field.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var index) && index < days.Count)
        {
            return $"{nameof(Days)}[{Week.ToList().IndexOf(days[index].Day)}]";
        }

        return field switch
        {
            "timeZone" => nameof(TimeZone),
            "holidays" => nameof(BlockedDates),
            _ => "",
        };
    }
}
