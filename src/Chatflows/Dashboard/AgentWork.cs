namespace Chatflows.Dashboard;

/// <summary>What waits for the agent signed in, for the dashboard.</summary>
/// <param name="Waiting">Handed to a person, and the visitor spoke last: visitors waiting for a reply now, whoever has them.</param>
/// <param name="Unassigned">Open conversations without an agent, the bot's included.</param>
/// <param name="Mine">Open conversations assigned to this agent.</param>
/// <param name="Unread">Visitor messages in this agent's handed-off conversations they have not read.</param>
/// <param name="Tickets">This agent's open tickets, most urgent first (at most <see cref="AgentWorkQueries.TicketsShown"/>).</param>
/// <param name="OpenTickets">How many open tickets this agent has in all.</param>
public sealed record AgentWork(int Waiting, int Unassigned, int Mine, int Unread, IReadOnlyList<AgentTicket> Tickets, int OpenTickets);
