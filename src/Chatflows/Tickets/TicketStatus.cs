namespace Chatflows.Tickets;

/// <summary>One step of a pipeline; the id is stored on tickets, the name is what agents read.</summary>
public sealed record TicketStatus(string Id, string Name);
