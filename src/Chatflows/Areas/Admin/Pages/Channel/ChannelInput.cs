using System.Globalization;
using Chatflows.Core.Availability;
using Chatflows.Core.Channel;
using Chatflows.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>The channel form (W1–W3, W5–W7) as typed; times and dates stay strings until they are read, so a rejected form comes back as typed.</summary>
public sealed class ChannelInput
{
    public static IReadOnlyList<IsoDayOfWeek> Week { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public string? AccentColor { get; set; }

    public string? HeadingName { get; set; }

    public string? WelcomeMessage { get; set; }

    public string? TimeZone { get; set; }

    public AvailabilityMode Mode { get; set; }

    /// <summary>Seven days, Monday first, each a list of (start, end) as <c>HH:mm</c>.</summary>
    public List<List<RangeInput>> Hours { get; set; } = [];

    /// <summary>Closed dates, one <c>yyyy-MM-dd</c> per line.</summary>
    public string? Holidays { get; set; }

    public TypicalResponseTime TypicalResponseTime { get; set; }

    public string? AwayMessage { get; set; }

    public AwayBehavior AwayBehavior { get; set; }

    public OfflineBehavior OfflineBehavior { get; set; }

    public string? OfflineMessage { get; set; }

    public CapacityBehavior CapacityBehavior { get; set; }

    public string? WaitMessage { get; set; }

    /// <summary>One row per language offered (L1), each with the three messages in that language.</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    /// <param name="baseLanguage">The language the base messages are in: it gets no row of its own.</param>
    /// <param name="languages">The languages to offer a translation for; languages already translated are offered too.</param>
    public static ChannelInput From(ChannelSettings settings, string baseLanguage, IEnumerable<string> languages)
    {
        var availability = settings.Availability;
        return new ChannelInput
        {
            AccentColor = settings.AccentColor,
            HeadingName = settings.HeadingName,
            WelcomeMessage = settings.WelcomeMessage,
            TimeZone = settings.TimeZone,
            Mode = availability.Mode,
            Hours = [.. Week.Select(day => availability.OfficeHours.RangesOn(day).Select(r => new RangeInput { Start = Time(r.Start), End = Time(r.End) }).ToList())],
            Holidays = string.Join('\n', availability.OfficeHours.Holidays.Select(d => LocalDatePattern.Iso.Format(d))),
            TypicalResponseTime = availability.TypicalResponseTime,
            AwayMessage = availability.AwayMessage,
            AwayBehavior = availability.AwayBehavior,
            OfflineBehavior = availability.OfflineBehavior,
            OfflineMessage = availability.OfflineMessage,
            CapacityBehavior = availability.CapacityBehavior,
            WaitMessage = availability.WaitMessage,
            Translations = [.. languages.Where(l => l != baseLanguage).Concat(availability.Translations.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(language => availability.Translations.GetValueOrDefault(language) is { } t
                    ? new TranslationInput { Language = language, AwayMessage = t.AwayMessage, OfflineMessage = t.OfflineMessage, WaitMessage = t.WaitMessage }
                    : new TranslationInput { Language = language })],
        };
    }

    /// <summary>The settings these fields describe, over <paramref name="current"/> (which keeps the avatar); errors name the form fields.</summary>
    public (ChannelSettings Settings, List<FieldError> Errors) ToSettings(ChannelSettings current)
    {
        List<FieldError> errors = [];
        List<DayHours> days = [];
        for (var d = 0; d < Week.Count; d++)
        {
            List<TimeRange> ranges = [];
            var rows = d < Hours.Count ? Hours[d] : [];
            for (var r = 0; r < rows.Count; r++)
            {
                var (start, end) = (rows[r].Start?.Trim() ?? "", rows[r].End?.Trim() ?? "");
                if (start.Length == 0 && end.Length == 0)
                {
                    continue;
                }

                var from = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(start);
                var to = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(end);
                if (!from.Success || !to.Success)
                {
                    errors.Add(new($"Input.Hours[{d}][{r}]", ValidationTexts.ChannelHoursTimes(Week[d].ToString())));
                    continue;
                }

                ranges.Add(new TimeRange(from.Value, to.Value));
            }

            if (ranges.Count > 0)
            {
                days.Add(new DayHours(Week[d], ranges));
            }
        }

        List<LocalDate> holidays = [];
        foreach (var line in (Holidays ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var date = LocalDatePattern.Iso.Parse(line);
            if (date.Success)
            {
                holidays.Add(date.Value);
            }
            else
            {
                errors.Add(new("Input.Holidays", ValidationTexts.ChannelHoliday(line)));
            }
        }

        var settings = current with
        {
            AccentColor = (AccentColor ?? "").Trim(),
            HeadingName = (HeadingName ?? "").Trim(),
            WelcomeMessage = (WelcomeMessage ?? "").Trim(),
            TimeZone = (TimeZone ?? "").Trim(),
            Availability = new AvailabilitySettings
            {
                Mode = Mode,
                OfficeHours = new OfficeHours { Days = days, Holidays = holidays },
                TypicalResponseTime = TypicalResponseTime,
                AwayMessage = (AwayMessage ?? "").Trim(),
                AwayBehavior = AwayBehavior,
                OfflineBehavior = OfflineBehavior,
                OfflineMessage = (OfflineMessage ?? "").Trim(),
                CapacityBehavior = CapacityBehavior,
                WaitMessage = (WaitMessage ?? "").Trim(),
                Translations = TranslationsOf(errors),
            },
        };
        return (settings, errors);
    }

    // Languages left blank are not stored; the same language twice is refused rather than one silently lost.
    private Dictionary<string, AvailabilityTranslation> TranslationsOf(List<FieldError> errors)
    {
        Dictionary<string, AvailabilityTranslation> translations = new(StringComparer.Ordinal);
        foreach (var row in Translations)
        {
            var translation = new AvailabilityTranslation { AwayMessage = Text(row.AwayMessage), OfflineMessage = Text(row.OfflineMessage), WaitMessage = Text(row.WaitMessage) };
            var language = (row.Language ?? "").Trim().ToLowerInvariant();
            if (translation.IsEmpty)
            {
                continue;
            }

            if (!translations.TryAdd(language, translation))
            {
                errors.Add(new("Input.Translations", ValidationTexts.ChannelTranslatedTwice(language)));
            }
        }

        return translations;

        static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
