namespace Chatflows.Builder;

/// <summary>The whole path of a bot laid out for drawing (B5).</summary>
public sealed record OverviewLayout(double Width, double Height, IReadOnlyList<OverviewNode> Nodes, IReadOnlyList<OverviewEdge> Edges)
{
    public const double NodeWidth = 180;
    public const double NodeHeight = 52;
}
