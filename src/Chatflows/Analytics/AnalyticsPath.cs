namespace Chatflows.Analytics;

/// <summary>Where a conversation is on its chatflow's path, as drop-off counts it: the actions it reached, and the one it would leave from.</summary>
public sealed class AnalyticsPath
{
    public HashSet<string> Reached { get; } = new(StringComparer.Ordinal);

    public (string ActionId, long QuarterHour)? LeftAt { get; set; }

    public AnalyticsPath Copy()
    {
        var copy = new AnalyticsPath { LeftAt = LeftAt };
        copy.Reached.UnionWith(Reached);
        return copy;
    }
}
