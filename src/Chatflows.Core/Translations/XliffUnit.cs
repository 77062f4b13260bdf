namespace Chatflows.Core.Translations;

/// <summary>One unit read from an XLIFF file: its id and line, its target text (null when it has none) and the target's line.</summary>
public sealed record XliffUnit(string Id, int Line, string? Target, int TargetLine);
