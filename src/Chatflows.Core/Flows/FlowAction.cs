using System.Text.Json.Nodes;

namespace Chatflows.Core.Flows;

/// <summary>One step of a bot: an action from the catalogue with its settings and where to go next (B2, B3).</summary>
public sealed record FlowAction
{
    /// <summary>Stable id within the flow, e.g. <c>ask-reason</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>The catalogue name of the action, e.g. <c>askQuestion</c>; saved flows store it, so names never change.</summary>
    public string Type { get; init; } = "";

    /// <summary>The action's settings as JSON, read into the action's settings record.</summary>
    public JsonObject Settings { get; init; } = [];

    /// <summary>Where to go when no branch matches; null ends the flow.</summary>
    public string? Next { get; init; }

    /// <summary>Ordered if/then rules; the first that holds wins (B3).</summary>
    public IReadOnlyList<Branch> Branches { get; init; } = [];
}
