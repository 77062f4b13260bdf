namespace Chatflows.Builder;

/// <summary>One if/then rule as the editor typed it (B3); strings, so a rejected form comes back as typed.</summary>
public sealed class BranchInput
{
    public string Source { get; set; } = "answer";

    public string Property { get; set; } = "";

    public string Operator { get; set; } = "equals";

    /// <summary>The value; for "is one of", values separated by commas.</summary>
    public string Value { get; set; } = "";

    public string GoTo { get; set; } = "";
}
