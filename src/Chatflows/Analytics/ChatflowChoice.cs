namespace Chatflows.Analytics;

/// <summary>A chatflow the analytics can be narrowed to.</summary>
public sealed record ChatflowChoice(string Id, string Name);
