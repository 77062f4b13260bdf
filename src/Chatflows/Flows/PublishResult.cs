using Chatflows.Core.Flows;

namespace Chatflows.Flows;

/// <summary>Whether publishing went ahead, what the validator found, and the version visitors now get.</summary>
public sealed record PublishResult(bool Published, IReadOnlyList<FlowFinding> Findings, int Version)
{
    public static PublishResult NotFound { get; } = new(false, [new FlowFinding(null, FindingSeverity.Error, "flow.notFound", "There is no such chatflow.")], 0);
}
