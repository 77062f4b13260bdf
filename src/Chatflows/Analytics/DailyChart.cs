using System.Globalization;
using NodaTime.Text;

namespace Chatflows.Analytics;

/// <summary>
/// Geometry of the daily chart, drawn as SVG on the server (no script, works under the strict CSP):
/// one line per series over the days, a y axis with round ticks, and a date label every few days.
/// </summary>
public sealed class DailyChart
{
    public const int Width = 720;
    public const int Height = 260;
    public const int Left = 44;
    public const int Right = 12;
    public const int Top = 12;
    public const int Bottom = 36;

    private DailyChart(IReadOnlyList<ChartSeries> series, IReadOnlyList<(double Y, long Value)> ticks, IReadOnlyList<(double X, string Label)> dates)
    {
        Series = series;
        YTicks = ticks;
        DateLabels = dates;
    }

    public IReadOnlyList<ChartSeries> Series { get; }

    public IReadOnlyList<(double Y, long Value)> YTicks { get; }

    public IReadOnlyList<(double X, string Label)> DateLabels { get; }

    public static double PlotBottom => Height - Bottom;

    public static DailyChart For(AnalyticsReport report)
    {
        var days = report.Days;
        var definitions = new (string Name, string CssClass, Func<AnalyticsCounts, long> Value)[]
        {
            ("Conversations started", "cf-chart-started", c => c.Started),
            ("Completed", "cf-chart-completed", c => c.Completed),
            ("Handed off", "cf-chart-handed-off", c => c.HandedOff),
        };
        var max = Math.Max(1, days.SelectMany(d => definitions.Select(s => s.Value(d.Counts))).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var top = (long)Math.Ceiling((double)max / step) * step;
        double X(int i) => days.Count == 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (i * (Width - Left - Right) / (double)(days.Count - 1));
        double Y(long value) => Top + ((Height - Top - Bottom) * (1 - ((double)value / top)));

        var series = definitions.Select(s => new ChartSeries(s.Name, s.CssClass,
            [.. days.Select((d, i) => new ChartPoint(X(i), Y(s.Value(d.Counts)), s.Value(d.Counts), LocalDatePattern.Iso.Format(d.Date)))])).ToList();
        List<(double, long)> ticks = [];
        for (var value = 0L; value <= top; value += step)
        {
            ticks.Add((Y(value), value));
        }

        var every = Math.Max(1, (int)Math.Ceiling(days.Count / 8.0));
        var dates = days.Select((d, i) => (i, d)).Where(p => p.i % every == 0)
            .Select(p => (X(p.i), p.d.Date.ToString("d MMM", CultureInfo.InvariantCulture))).ToList();
        return new DailyChart(series, ticks, dates);
    }

    /// <summary>A 1-2-5 step giving at most five ticks.</summary>
    private static long NiceStep(long max)
    {
        for (var magnitude = 1L; ; magnitude *= 10)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                if (max / (factor * magnitude) <= 5)
                {
                    return factor * magnitude;
                }
            }
        }
    }
}
