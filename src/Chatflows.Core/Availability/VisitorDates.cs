using System.Collections.Concurrent;
using System.Globalization;
using NodaTime.Text;

namespace Chatflows.Core.Availability;

/// <summary>
/// Dates and times written for a visitor, in the visitor's language (L1): the language's own day and month names,
/// its order of day and month and its clock (<c>maandag 09:00</c>, <c>Monday 9:00 AM</c>, <c>الاثنين 09:00 ص</c>).
/// Always the Gregorian calendar, as the dates are: a culture whose default is another (Arabic's Umm al-Qura) keeps its
/// names for the Gregorian months.
/// </summary>
public static class VisitorDates
{
    private static readonly ConcurrentDictionary<(string, bool), LocalDateTimePattern> Patterns = new();

    /// <summary>The culture of a language tag; the invariant culture when .NET does not know it.</summary>
    public static CultureInfo Culture(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
            if (culture.DateTimeFormat.Calendar is GregorianCalendar)
            {
                return culture;
            }

            var gregorian = (CultureInfo)culture.Clone();
            gregorian.DateTimeFormat.Calendar = gregorian.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
            return CultureInfo.ReadOnly(gregorian);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>"back …": the weekday and time within a week, the weekday, date and time further ahead.</summary>
    public static LocalDateTimePattern BackAt(CultureInfo culture, bool thisWeek) =>
        Patterns.GetOrAdd((culture.Name, thisWeek), _ =>
        {
            var format = culture.DateTimeFormat;
            var text = thisWeek ? $"dddd {format.ShortTimePattern}" : $"dddd {format.MonthDayPattern} {format.ShortTimePattern}";
            return LocalDateTimePattern.Create(text, culture);
        });
}
