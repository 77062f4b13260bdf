using NodaTime;

namespace Chatflows.Core.Availability;

/// <summary>
/// The office hours of one weekday (W5b). A list of these rather than a dictionary keyed by day keeps the
/// JSON a plain array editors and recipes can write in any order, with days they close simply left out.
/// </summary>
/// <param name="Day">The weekday, stored as e.g. <c>"monday"</c>.</param>
/// <param name="Ranges">Opening ranges that start on this day, at most <see cref="OfficeHours.MaxRangesPerDay"/>; several allow a lunch break.</param>
public sealed record DayHours(IsoDayOfWeek Day, IReadOnlyList<TimeRange> Ranges);
