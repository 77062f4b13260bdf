using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Dashboard;

/// <summary>
/// Reads an agent's work for the dashboard. A ticket is open until it reaches the last status of its
/// pipeline, the column every pipeline ends in ("Closed" in the default one).
/// </summary>
public sealed class AgentWorkQueries(ChatflowsDbContext db, InboxQueries inbox, TicketPipelines pipelines)
{
    public const int TicketsShown = 5;

    public async Task<AgentWork> GetAsync(string agentId, CancellationToken cancellationToken)
    {
        var open = db.Conversations.AsNoTracking().Where(c => !c.IsPreview && ConversationStatuses.Live.Contains(c.Status));
        var waiting = await open.CountAsync(c => c.Status == ConversationStatuses.HandedOff
            && db.Messages.Where(m => m.ConversationId == c.Id && (m.Author == MessageAuthor.Visitor || m.Author == MessageAuthor.Agent))
                .OrderByDescending(m => m.Seq).Select(m => (MessageAuthor?)m.Author).FirstOrDefault() == MessageAuthor.Visitor, cancellationToken);
        var unassigned = await open.CountAsync(c => c.AssignedUserId == null, cancellationToken);
        var mine = await open.CountAsync(c => c.AssignedUserId == agentId, cancellationToken);
        var unread = await inbox.UnreadForAsync(agentId, cancellationToken);

        var all = await pipelines.ListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.AssigneeId == agentId)
            .Select(t => new { t.Id, t.Reference, t.Subject, t.Priority, t.Pipeline, t.Status, t.UpdatedUtc })
            .ToListAsync(cancellationToken);
        var openTickets = tickets
            .Select(t => (Ticket: t, Pipeline: all.FirstOrDefault(p => p.Id == t.Pipeline)))
            .Where(t => t.Pipeline is null || t.Pipeline.Statuses[^1].Id != t.Ticket.Status)
            .OrderByDescending(t => Rank(t.Ticket.Priority))
            .ThenBy(t => t.Ticket.UpdatedUtc)
            .Select(t => new AgentTicket(t.Ticket.Id, t.Ticket.Reference, t.Ticket.Subject, t.Ticket.Priority,
                t.Pipeline?.StatusName(t.Ticket.Status) ?? t.Ticket.Status, t.Ticket.UpdatedUtc))
            .ToList();
        return new AgentWork(waiting, unassigned, mine, unread, [.. openTickets.Take(TicketsShown)], openTickets.Count);
    }

    private static int Rank(string priority)
    {
        for (var i = 0; i < TicketPriorities.All.Count; i++)
        {
            if (TicketPriorities.All[i] == priority)
            {
                return i;
            }
        }

        return -1;
    }
}
