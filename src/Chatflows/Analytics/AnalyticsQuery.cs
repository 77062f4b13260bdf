using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// What the analytics count (P4): one chatflow or all of them, over whole days of the site's time zone
/// (<see cref="From"/> and <see cref="To"/> both included), so "Monday" means the site's Monday;
/// conversations in one <see cref="Language"/> (L1) or in all of them when it is null.
/// </summary>
public sealed record AnalyticsQuery(string? ChatflowId, LocalDate From, LocalDate To, DateTimeZone Zone, string? Language = null)
{
    /// <summary>The longest range one request may ask for; a year and a day covers any calendar year.</summary>
    public const int MaxDays = 366;

    /// <summary>The first instant of <see cref="From"/> in the site's zone (a DST gap at midnight moves it, never skips the day).</summary>
    public Instant Start => From.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The first instant after <see cref="To"/>.</summary>
    public Instant End => To.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();

    public IEnumerable<LocalDate> Days
    {
        get
        {
            for (var day = From; day <= To; day = day.PlusDays(1))
            {
                yield return day;
            }
        }
    }

    /// <summary>
    /// The UTC offsets in force during the range, each from its start instant. Days are grouped in the
    /// database by (UTC seconds + offset) / 86400, so a DST change inside the range needs one entry per offset.
    /// </summary>
    public IReadOnlyList<(Instant Since, Offset Offset)> Offsets =>
        [.. Zone.GetZoneIntervals(Start, End).Select(i => (i.HasStart && i.Start > Start ? i.Start : Start, i.WallOffset))];
}
