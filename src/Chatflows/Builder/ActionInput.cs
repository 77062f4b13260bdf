namespace Chatflows.Builder;

/// <summary>One action as the editor typed it: settings as raw strings keyed by their JSON name.</summary>
public sealed class ActionInput
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    /// <summary>The next action's id; empty ends the flow.</summary>
    public string Next { get; set; } = "";

    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The whole settings object as JSON, for an action type this site no longer knows.</summary>
    public string? RawSettings { get; set; }

    public List<BranchInput> Branches { get; set; } = [];
}
