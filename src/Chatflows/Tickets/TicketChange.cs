namespace Chatflows.Tickets;

/// <summary>What an agent sets on a ticket from its page (P3).</summary>
/// <param name="AssigneeId">Null or empty leaves the ticket unassigned.</param>
public sealed record TicketChange(string? Status, string? AssigneeId, string? Priority);
