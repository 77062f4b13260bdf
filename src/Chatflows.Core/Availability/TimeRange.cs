using System.Text.Json.Serialization;
using NodaTime;

namespace Chatflows.Core.Availability;

/// <summary>
/// One stretch of office hours on a day (W5b), in the site's local time. When <paramref name="End"/> is
/// at or before <paramref name="Start"/> the range runs past midnight into the next day and still
/// belongs to the day it starts on, so a Friday night shift 22:00–02:00 covers Saturday 01:00.
/// </summary>
/// <param name="Start">Opening time; stored as <c>"HH:mm"</c>.</param>
/// <param name="End">Closing time, exclusive; stored as <c>"HH:mm"</c>.</param>
public sealed record TimeRange(
    [property: JsonConverter(typeof(LocalTimeJsonConverter))] LocalTime Start,
    [property: JsonConverter(typeof(LocalTimeJsonConverter))] LocalTime End)
{
    /// <summary>True when the range ends on the next day.</summary>
    [JsonIgnore]
    public bool CrossesMidnight => End <= Start;
}
