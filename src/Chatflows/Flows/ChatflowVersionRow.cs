namespace Chatflows.Flows;

/// <summary>One publication of a chatflow as the History tab lists it (P1).</summary>
/// <param name="Note">Why this version exists when it is not a plain publish, e.g. "Rolled back to version 3".</param>
public sealed record ChatflowVersionRow(int Version, DateTime PublishedUtc, string PublishedBy, string? Note);
