namespace Chatflows.Analytics;

/// <summary>The totals and the day-by-day numbers of one <see cref="AnalyticsQuery"/>; every day of the range is present, zeros included.</summary>
public sealed record AnalyticsReport(AnalyticsQuery Query, AnalyticsCounts Totals, IReadOnlyList<AnalyticsDay> Days);
