namespace Chatflows.Dashboard;

/// <summary>One of the agent's open tickets as the dashboard lists it.</summary>
public sealed record AgentTicket(long Id, string Reference, string Subject, string Priority, string StatusName, DateTime UpdatedUtc);
