using NodaTime;

namespace Chatflows.Core.Meetings;

/// <summary>
/// The five-minute blocks a meeting occupies. The database stores one row per block under a unique
/// (host, block start) key, so two meetings of any lengths that overlap by even one block cannot both
/// be stored — on SQLite and PostgreSQL alike, without provider-specific exclusion constraints.
/// </summary>
public static class MeetingGrains
{
    /// <summary>Start instants of the blocks covering <paramref name="meeting"/>, floor to ceiling.</summary>
    public static IEnumerable<Instant> Of(Interval meeting)
    {
        var grain = MeetingRules.Grain.BclCompatibleTicks;
        var first = Math.DivRem(meeting.Start.ToUnixTimeTicks(), grain, out var remainder) - (remainder < 0 ? 1 : 0);
        for (var ticks = first * grain; ticks < meeting.End.ToUnixTimeTicks(); ticks += grain)
        {
            yield return Instant.FromUnixTimeTicks(ticks);
        }
    }
}
