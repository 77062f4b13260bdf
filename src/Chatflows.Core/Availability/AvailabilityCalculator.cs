using Chatflows.Core.Engine;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Chatflows.Core.Availability;

/// <summary>
/// Decides the team's availability and what the widget shows (W5–W7). Pure: the clock, the zones and the
/// team's load come in, so every rule (DST included) is testable without a host.
/// </summary>
public static class AvailabilityCalculator
{
    /// <summary>How far ahead the back time is looked for; further than two weeks is not worth promising.</summary>
    public const int NextOpeningSearchDays = 14;

    private static readonly LocalDateTimePattern ThisWeek = LocalDateTimePattern.CreateWithInvariantCulture("dddd HH:mm");
    private static readonly LocalDateTimePattern LaterOn = LocalDateTimePattern.CreateWithInvariantCulture("dddd d MMMM HH:mm");

    /// <summary>The availability at <paramref name="now"/>; office hours are read in <paramref name="siteZone"/>, the back time shown in <paramref name="visitorZone"/>.</summary>
    /// <param name="culture">The visitor's language (L1) for the back time's day and month names and clock; invariant English when null.</param>
    public static AvailabilityResult Evaluate(
        AvailabilitySettings settings, DateTimeZone siteZone, Instant now, TeamLoad load, DateTimeZone visitorZone, System.Globalization.CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(siteZone);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(visitorZone);
        return settings.Mode switch
        {
            // 24/7 means the bot is always there, so an absent team is not "away"; only a full one matters.
            AvailabilityMode.AlwaysOn => load.AllAvailableAtCapacity ? AtCapacity(settings) : Available(settings),
            AvailabilityMode.Users => Staffed(settings, load),
            AvailabilityMode.OfficeHours => IsWithinOfficeHours(settings.OfficeHours, siteZone, now)
                ? Staffed(settings, load)
                : Offline(settings, siteZone, now, visitorZone, culture),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Mode, "Unknown availability mode."),
        };
    }

    /// <summary>True when a range of <paramref name="hours"/> covers <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static bool IsWithinOfficeHours(OfficeHours hours, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        var today = now.InZone(zone).Date;

        // Yesterday for night ranges; tomorrow because a midnight that happens twice can start it before today ends.
        return Openings(hours, zone, today.PlusDays(-1))
            .Concat(Openings(hours, zone, today))
            .Concat(Openings(hours, zone, today.PlusDays(1)))
            .Any(opening => opening.Contains(now));
    }

    /// <summary>
    /// The first range start after <paramref name="now"/>, skipping holidays, looked for up to
    /// <see cref="NextOpeningSearchDays"/> days ahead; null when there is none.
    /// </summary>
    public static Instant? NextOpening(OfficeHours hours, DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        var today = now.InZone(zone).Date;
        for (var day = 0; day <= NextOpeningSearchDays; day++)
        {
            var starts = Openings(hours, zone, today.PlusDays(day)).Select(o => o.Start).Where(start => start > now).ToList();
            if (starts.Count > 0)
            {
                return starts.Min();
            }
        }

        return null;
    }

    // A range belongs to the day it starts: a holiday cancels the ranges starting on it, and a night range
    // ends on the next day. The lenient resolver moves a time in the spring gap forward by the gap
    // (02:30 becomes 03:30) and takes the earlier of an autumn time that happens twice.
    private static IEnumerable<Interval> Openings(OfficeHours hours, DateTimeZone zone, LocalDate date) =>
        hours.Holidays.Contains(date)
            ? []
            : hours.RangesOn(date.DayOfWeek).Select(range => new Interval(
                zone.ResolveLocal(date + range.Start, Resolvers.LenientResolver).ToInstant(),
                zone.ResolveLocal((range.CrossesMidnight ? date.PlusDays(1) : date) + range.End, Resolvers.LenientResolver).ToInstant()));

    private static AvailabilityResult Staffed(AvailabilitySettings settings, TeamLoad load) =>
        !load.AnyAgentAvailable ? Away(settings)
        : load.AllAvailableAtCapacity ? AtCapacity(settings)
        : Available(settings);

    private static AvailabilityResult Available(AvailabilitySettings settings) =>
        Result(settings, TeamAvailability.Available,
            settings.TypicalResponseTime == TypicalResponseTime.None ? WidgetInstruction.None : WidgetInstruction.ShowResponseTime);

    private static AvailabilityResult Away(AvailabilitySettings settings) => settings.AwayBehavior switch
    {
        AwayBehavior.HideLauncher => Result(settings, TeamAvailability.Away, WidgetInstruction.HideLauncher),
        AwayBehavior.ShowResponseTime => Result(settings, TeamAvailability.Away,
            settings.TypicalResponseTime == TypicalResponseTime.None ? WidgetInstruction.None : WidgetInstruction.ShowResponseTime),
        _ => Result(settings, TeamAvailability.Away, WidgetInstruction.ShowAwayMessage) with { Message = settings.AwayMessage },
    };

    private static AvailabilityResult AtCapacity(AvailabilitySettings settings) => settings.CapacityBehavior switch
    {
        CapacityBehavior.ShowWaitMessage => Result(settings, TeamAvailability.AtCapacity, WidgetInstruction.ShowWaitMessage) with { Message = settings.WaitMessage },
        CapacityBehavior.HideLauncher => Result(settings, TeamAvailability.AtCapacity, WidgetInstruction.HideLauncher),
        _ => Result(settings, TeamAvailability.AtCapacity, WidgetInstruction.None),
    };

    private static AvailabilityResult Offline(AvailabilitySettings settings, DateTimeZone siteZone, Instant now, DateTimeZone visitorZone, System.Globalization.CultureInfo? culture)
    {
        if (settings.OfflineBehavior == OfflineBehavior.HideLauncher)
        {
            return Result(settings, TeamAvailability.Offline, WidgetInstruction.HideLauncher);
        }

        var next = settings.OfflineBehavior == OfflineBehavior.ShowBackTime ? NextOpening(settings.OfficeHours, siteZone, now) : null;
        if (next is not { } opening)
        {
            return Result(settings, TeamAvailability.Offline, WidgetInstruction.ShowAwayMessage) with { Message = settings.OfflineMessage };
        }

        var visitorNow = now.InZone(visitorZone).LocalDateTime;
        var visitorOpening = opening.InZone(visitorZone).LocalDateTime;
        var thisWeek = visitorOpening.Date < visitorNow.Date.PlusWeeks(1);
        var pattern = culture is null ? (thisWeek ? ThisWeek : LaterOn) : VisitorDates.BackAt(culture, thisWeek);
        return Result(settings, TeamAvailability.Offline, WidgetInstruction.ShowBackAt) with
        {
            NextOpening = opening,
            NextOpeningLocal = pattern.Format(visitorOpening),
            NextOpeningZone = visitorZone.Id,
        };
    }

    private static AvailabilityResult Result(AvailabilitySettings settings, TeamAvailability state, WidgetInstruction instruction) =>
        new(state, instruction, settings.TypicalResponseTime);
}
