using NodaTime;

namespace Chatflows.Analytics;

/// <summary>One day of the site's calendar and what happened on it.</summary>
public sealed record AnalyticsDay(LocalDate Date, AnalyticsCounts Counts);
