namespace Chatflows.Core.Targeting;

/// <summary>
/// Rules that must all hold together (T5), e.g. "URL starts with /pricing" and "visitor is known".
/// A group is its own object, not a flat list with AND/OR markers, so precedence never has to be explained.
/// </summary>
public sealed record FilterGroup
{
    public IReadOnlyList<TargetRule> Rules { get; init; } = [];
}
