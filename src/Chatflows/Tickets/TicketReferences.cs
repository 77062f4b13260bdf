using System.Security.Cryptography;

namespace Chatflows.Tickets;

/// <summary>Ticket references, whoever creates the ticket: the bot during a turn or an agent from the inbox.</summary>
public static class TicketReferences
{
    // Crockford-style alphabet without look-alikes, so a visitor can read a ticket reference aloud.
    public static string New() => $"T-{RandomNumberGenerator.GetString("23456789ABCDEFGHJKMNPQRSTVWXYZ", 6)}";
}
