namespace Chatflows.Core.References;

/// <summary>
/// Marks a setting that holds the id of something the site manages, e.g. <c>[property: Reference(ReferenceKind.Team)] string? TeamId</c>.
/// The builder shows a pick list instead of a text box, and publishing refuses an id that no longer exists;
/// a plug-in action's settings get both by the same attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ReferenceAttribute(ReferenceKind kind) : Attribute
{
    public ReferenceKind Kind { get; } = kind;

    /// <summary>For a ticket status: the C# name of the setting holding its pipeline's id.</summary>
    public string? Within { get; init; }
}
