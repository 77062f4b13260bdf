namespace Chatflows.Analytics;

/// <summary>A day on a chart line; <see cref="Date"/> and <see cref="Value"/> feed the point's tooltip.</summary>
public sealed record ChartPoint(double X, double Y, long Value, string Date);
