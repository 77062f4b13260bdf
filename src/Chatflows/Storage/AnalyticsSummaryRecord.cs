namespace Chatflows.Storage;

/// <summary>
/// One counter of the analytics summary (P4): how often <see cref="Kind"/> happened for a chatflow (and
/// an action, for drop-off) within one UTC quarter hour. Kept up to date in the transaction of the turn
/// that records the events, so the reports add up a few thousand counters instead of millions of events.
/// Quarter hours rather than days because every time zone's midnight falls on one, so any site zone
/// (Kolkata's +05:30, Kathmandu's +05:45, a DST change) still groups into whole local days.
/// </summary>
public sealed class AnalyticsSummaryRecord
{
    public string ChatflowId { get; set; } = "";

    /// <summary>A counted event kind, or <c>actionReached</c> (first reach per conversation) / <c>actionLeft</c> / <c>contactCreated</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Whole quarter hours since 1970-01-01 UTC.</summary>
    public long QuarterHour { get; set; }

    /// <summary>The action for drop-off counters; empty for the others (a key column cannot be null).</summary>
    public string ActionId { get; set; } = "";

    /// <summary>The language the conversation spoke (L1), so the reports can be filtered by it; empty when not known.</summary>
    public string Language { get; set; } = "";

    /// <summary>The number of times; for <c>actionLeft</c> it goes down again when the conversation moves on.</summary>
    public long Count { get; set; }

    /// <summary>The sum of the survey ratings counted; zero for the other kinds.</summary>
    public long Total { get; set; }
}
