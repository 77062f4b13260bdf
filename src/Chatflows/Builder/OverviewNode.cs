namespace Chatflows.Builder;

/// <summary>A box in the overview graph; <see cref="Id"/> is null for the welcome message.</summary>
public sealed record OverviewNode(string? Id, string Title, string Subtitle, double X, double Y, bool HasWarning);
