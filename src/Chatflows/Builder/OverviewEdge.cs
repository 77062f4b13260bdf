namespace Chatflows.Builder;

/// <summary>An arrow in the overview graph as an SVG path, with the branch condition as its label.</summary>
public sealed record OverviewEdge(string Path, string? Label, double LabelX, double LabelY, bool IsBranch);
