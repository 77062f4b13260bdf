using Chatflows.Core.Availability;
using NodaTime;
using NodaTime.TimeZones;

namespace Chatflows.Core.Meetings;

/// <summary>
/// The free times of one host for one meeting type (B2). Pure: the host's weekly hours in their own
/// zone, blocked dates, existing meetings and "now" in; slots out, soonest first. Slots are laid out in
/// local time from each range's start and converted with the zone's rules of that day, so a 09:00 slot
/// stays 09:00 across a DST change and a range crossing the change is exactly as long as the clock says.
/// </summary>
public static class SlotGenerator
{
    /// <summary>Free slots from <paramref name="now"/> to the end of the booking window, soonest first.</summary>
    public static IEnumerable<Interval> FreeSlots(
        MeetingRules rules, OfficeHours hours, DateTimeZone zone, IReadOnlyList<BusyTime> busy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(busy);
        if (rules.Validate().Count > 0)
        {
            yield break;
        }

        var earliest = now + rules.MinimumNotice;
        var today = now.InZone(zone).Date;
        for (var day = 0; day < rules.BookingWindowDays; day++)
        {
            var date = today.PlusDays(day);
            if (hours.Holidays.Contains(date))
            {
                continue;
            }

            foreach (var range in Ranges(hours, zone, date))
            {
                for (var start = AlignUp(range.Start); start + rules.Duration <= range.End; start += rules.Duration)
                {
                    var slot = new Interval(start, start + rules.Duration);
                    if (start >= earliest && IsFree(slot, rules, busy))
                    {
                        yield return slot;
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="slot"/> with the type's buffers clears every busy time and its buffers;
    /// the booking path checks this again, just before the database claims the time.
    /// </summary>
    public static bool IsFree(Interval slot, MeetingRules rules, IReadOnlyList<BusyTime> busy)
    {
        var padded = new Interval(slot.Start - rules.BufferBefore, slot.End + rules.BufferAfter);
        return !busy.Any(b => Overlaps(padded, b.Meeting) || Overlaps(slot, b.Padded));
    }

    // A range belongs to the day it starts; the lenient resolver moves a start in the spring gap forward
    // and takes the earlier of an autumn time that happens twice (as office hours do).
    private static IEnumerable<Interval> Ranges(OfficeHours hours, DateTimeZone zone, LocalDate date) =>
        hours.RangesOn(date.DayOfWeek)
            .Select(range => new Interval(
                zone.ResolveLocal(date + range.Start, Resolvers.LenientResolver).ToInstant(),
                zone.ResolveLocal((range.CrossesMidnight ? date.PlusDays(1) : date) + range.End, Resolvers.LenientResolver).ToInstant()))
            .Where(range => range.Start < range.End)
            .OrderBy(range => range.Start);

    private static Instant AlignUp(Instant instant)
    {
        var grain = MeetingRules.Grain.BclCompatibleTicks;
        var ticks = instant.ToUnixTimeTicks();
        var remainder = ((ticks % grain) + grain) % grain;
        return remainder == 0 ? instant : Instant.FromUnixTimeTicks(ticks - remainder + grain);
    }

    private static bool Overlaps(Interval a, Interval b) => a.Start < b.End && b.Start < a.End;
}
