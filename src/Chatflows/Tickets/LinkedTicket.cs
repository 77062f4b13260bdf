namespace Chatflows.Tickets;

/// <summary>A ticket made from a conversation, as the conversation's page lists it.</summary>
public sealed record LinkedTicket(long Id, string Reference, string Subject, string StatusName, string Priority);
