namespace Chatflows.Core.Translations;

/// <summary>
/// Marks a string setting of a bot action as text the visitor reads, so a chatflow's translations (L1) and its
/// XLIFF export cover it. A plug-in action marks its own texts the same way; a list of quick replies needs no mark.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VisitorTextAttribute : Attribute
{
    /// <summary>Whether the text is Liquid (B7), so a translation is checked as a template. Default true.</summary>
    public bool Template { get; init; } = true;
}
