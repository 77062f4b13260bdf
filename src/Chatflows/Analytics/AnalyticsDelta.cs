namespace Chatflows.Analytics;

/// <summary>
/// One analytics summary counter's change of a unit of work (<see cref="AnalyticsTally"/>): its key and what to add.
/// The key's columns are listed once here, so a column added to the summary's key is added in this one place for
/// every writer of the summary.
/// </summary>
public sealed record AnalyticsDelta(string ChatflowId, string Kind, long QuarterHour, string ActionId, string Language, long Count, long Total)
{
    /// <summary>The summary's key columns, in the order of <see cref="KeyValues"/>: what its upsert conflicts on.</summary>
    public static IReadOnlyList<string> KeyColumns { get; } = ["ChatflowId", "Kind", "QuarterHour", "ActionId", "Language"];

    public object[] KeyValues() => [ChatflowId, Kind, QuarterHour, ActionId, Language];
}
