namespace Chatflows.Storage;

/// <summary>A ticket (P3) created by the bot or an agent, linked to its conversation and contact.</summary>
public sealed class TicketRecord
{
    public long Id { get; set; }

    /// <summary>The reference the visitor was told, e.g. <c>T-7K3Q9</c>.</summary>
    public string Reference { get; set; } = "";

    public string? ConversationId { get; set; }

    public long? ContactId { get; set; }

    public string Pipeline { get; set; } = "support";

    public string Status { get; set; } = "new";

    public string Subject { get; set; } = "";

    public string Description { get; set; } = "";

    public string? AssigneeId { get; set; }

    /// <summary><c>low</c>, <c>normal</c>, <c>high</c> or <c>urgent</c> (see <c>Tickets.TicketPriorities</c>).</summary>
    public string Priority { get; set; } = "normal";

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
