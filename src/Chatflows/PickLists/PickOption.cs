namespace Chatflows.PickLists;

/// <summary>One choice of a pick list: the stored id, the name people read, and a hint such as a meeting type's host.</summary>
public sealed record PickOption(string Id, string Name, string? Detail = null);
