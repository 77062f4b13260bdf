namespace Chatflows.Tickets;

/// <summary>A user a ticket can be assigned to, as pick lists show them.</summary>
public sealed record TicketUser(string Id, string Name);
