namespace Chatflows.Storage;

/// <summary>
/// The channel's ticket assignment rule (W4) as JSON, and the round-robin cursor: the user who got the
/// last ticket, so the next one goes to whoever follows them.
/// </summary>
public sealed class TicketAssignmentRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Json { get; set; } = "{}";

    public string? LastAssigneeId { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
