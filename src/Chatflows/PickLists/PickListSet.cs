using Chatflows.Core.References;

namespace Chatflows.PickLists;

/// <summary>Every pick list at once, for a page that offers several (the builder): options per kind of id.</summary>
/// <param name="Options">Per kind; a ticket status's <see cref="PickOption.Detail"/> is its pipeline's name, a meeting type's its host's.</param>
public sealed record PickListSet(IReadOnlyDictionary<ReferenceKind, IReadOnlyList<PickOption>> Options)
{
    public IReadOnlyList<PickOption> For(ReferenceKind kind) => Options.GetValueOrDefault(kind) ?? [];
}
