namespace Chatflows.Storage;

/// <summary>An analytics event (P4), written in the same transaction as the turn that caused it.</summary>
public sealed class FlowEventRecord
{
    public long Id { get; set; }

    public string ChatflowId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? ActionId { get; set; }

    public string? Detail { get; set; }

    public DateTime OccurredUtc { get; set; }
}
