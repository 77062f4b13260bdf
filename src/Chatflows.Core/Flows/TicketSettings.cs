namespace Chatflows.Core.Flows;

/// <summary>Pipeline and status for tickets the bot creates (C4).</summary>
public sealed record TicketSettings(string Pipeline = "support", string Status = "new");
