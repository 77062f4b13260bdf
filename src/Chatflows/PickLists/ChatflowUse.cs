namespace Chatflows.PickLists;

/// <summary>A published chatflow that names something about to be deleted, and where, for the delete confirmation to link to.</summary>
public sealed record ChatflowUse(string ChatflowId, string Name, IReadOnlyList<string> Where);
