using System.Globalization;

namespace Chatflows.Analytics;

/// <summary>One line of the daily chart.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The SVG polyline points, invariant culture so a Dutch server does not write "12,5".</summary>
    public string Polyline => string.Join(' ', Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
}
