using Chatflows.Contacts;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>Reading tickets (P3): the pipelines to list them by, one pipeline's filtered list, and one ticket.</summary>
public sealed class TicketQueries(ChatflowsDbContext db, TicketPipelines pipelines)
{
    /// <summary>Most rows the list shows; narrower filters show the others.</summary>
    public const int PageSize = 100;

    /// <summary>The pipelines set up, then any a ticket names that nobody set up (or that was deleted): its tickets still need a list.</summary>
    public async Task<IReadOnlyList<TicketPipeline>> PipelinesAsync(CancellationToken cancellationToken)
    {
        var defined = await pipelines.ListAsync(cancellationToken);
        var known = defined.Select(p => p.Id).ToList();
        var orphans = await db.Tickets.Where(t => !known.Contains(t.Pipeline)).Select(t => new { t.Pipeline, t.Status }).Distinct()
            .ToListAsync(cancellationToken);
        return [.. defined, .. orphans.GroupBy(o => o.Pipeline).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TicketPipeline(g.Key, $"{g.Key} (not set up)", [.. g.Select(o => new TicketStatus(o.Status, o.Status))]))];
    }

    public async Task<TicketList> ListAsync(TicketPipeline pipeline, TicketFilter filter, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.AsNoTracking().Where(t => t.Pipeline == pipeline.Id);
        if (filter.Assignee == TicketFilter.Unassigned)
        {
            tickets = tickets.Where(t => t.AssigneeId == null);
        }
        else if (!string.IsNullOrEmpty(filter.Assignee))
        {
            tickets = tickets.Where(t => t.AssigneeId == filter.Assignee);
        }

        if (!string.IsNullOrEmpty(filter.Priority))
        {
            tickets = tickets.Where(t => t.Priority == filter.Priority);
        }

        var counts = await tickets.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (!string.IsNullOrEmpty(filter.Status))
        {
            tickets = tickets.Where(t => t.Status == filter.Status);
        }

        var total = await tickets.CountAsync(cancellationToken);
        var rows = await tickets.OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).Take(PageSize)
            .Select(t => new
            {
                t.Id, t.Reference, t.Subject, t.Status, t.Priority, t.AssigneeId, t.CreatedUtc,
                Assignee = db.Users.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
                Email = db.Contacts.Where(c => c.Id == t.ContactId).Select(c => c.Email).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new TicketList(counts, [.. rows.Select(t => new TicketRow(t.Id, t.Reference, t.Subject, pipeline.StatusName(t.Status), TicketPriorities.Label(t.Priority),
            t.AssigneeId is null ? "Unassigned" : t.Assignee ?? "Deleted user", t.Email, t.CreatedUtc))], total);
    }

    public async Task<TicketDetails?> FindAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } ticket)
        {
            return null;
        }

        var pipeline = await pipelines.FindAsync(ticket.Pipeline, cancellationToken) ?? new TicketPipeline(ticket.Pipeline, ticket.Pipeline, []);
        IReadOnlyList<TranscriptLine> messages = [];
        ConversationRating? rating = null;
        if (ticket.ConversationId is { } conversationId)
        {
            messages = await TranscriptAsync(conversationId, cancellationToken);
            rating = await ConversationRating.ForAsync(db, conversationId, cancellationToken);
        }

        var contact = ticket.ContactId is { } contactId
            ? await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            : null;
        return new TicketDetails(
            ticket.Id, ticket.Reference, ticket.Subject, ticket.Description, pipeline, ticket.Status, ticket.Priority, ticket.AssigneeId,
            ticket.ConversationId, ticket.CreatedUtc, ticket.UpdatedUtc, messages, rating, contact?.Email,
            contact is null ? new Dictionary<string, string>() : ContactProperties.Read(contact.PropertiesJson),
            contact is null ? new Dictionary<string, string>() : ContactProperties.Read(contact.CompanyPropertiesJson));
    }

    // The ticket shows the whole conversation under plain labels: agents by name, everything not said by a person or the bot as "System".
    private async Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(string conversationId, CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId).OrderBy(m => m.Seq).ToListAsync(cancellationToken);
        var userIds = messages.Select(m => m.AuthorUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. messages.Select(m => new TranscriptLine(m.Seq, m.Author.ToString().ToLowerInvariant(), m.Author switch
        {
            MessageAuthor.Visitor => "Visitor",
            MessageAuthor.Bot => "Bot",
            MessageAuthor.Agent => names.GetValueOrDefault(m.AuthorUserId ?? "") ?? "Agent",
            _ => "System",
        }, m.CreatedUtc, m.Text))];
    }
}
