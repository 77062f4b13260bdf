namespace Chatflows.Core.References;

/// <summary>A setting marked with <see cref="ReferenceAttribute"/>: its JSON name, what it names, and the JSON name of its pipeline setting.</summary>
public sealed record ReferenceField(string Name, ReferenceKind Kind, string? Within);
