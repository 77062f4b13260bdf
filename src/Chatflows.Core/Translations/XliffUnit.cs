namespace Chatflows.Core.Translations;

/// <summary>One unit read from an XLIFF file: its unit id, its target text (null when it has none) and the line of its target.</summary>
public sealed record XliffUnit(string Id, int Line, string? Target);
