namespace Chatflows.Tickets;

/// <summary>A line of the tickets list: status and priority as agents read them, the assignee's name.</summary>
public sealed record TicketRow(long Id, string Reference, string Subject, string Status, string Priority, string Assignee, string? ContactEmail, DateTime CreatedUtc);
