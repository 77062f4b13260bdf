using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tickets;

/// <summary>
/// Tickets an agent makes from a conversation in the inbox (P3): a draft prefilled from the conversation,
/// checked like the ticket page's changes, stored linked to the conversation and its contact, and the
/// mails the bot's tickets get. The conversation's page lists its tickets; the ticket's page shows the conversation.
/// </summary>
public sealed class ConversationTickets(
    ChatflowsDbContext db, TicketPipelines pipelines, Mail.TicketMails mails, Visitors.TurnBatcher writer, TimeProvider time)
{
    private const int MessagesInDescription = 10;

    /// <summary>Null when there is no such conversation (previews have no tickets from the inbox).</summary>
    public async Task<NewTicket?> DraftAsync(string conversationId, string agentId, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && !c.IsPreview, cancellationToken))
        {
            return null;
        }

        var said = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && (m.Author == MessageAuthor.Visitor || m.Author == MessageAuthor.Bot || m.Author == MessageAuthor.Agent))
            .OrderByDescending(m => m.Seq).Take(MessagesInDescription).Select(m => new { m.Author, m.Text }).ToListAsync(cancellationToken);
        said.Reverse();
        var firstVisitorLine = said.FirstOrDefault(m => m.Author == MessageAuthor.Visitor)?.Text;
        var pipeline = (await pipelines.ListAsync(cancellationToken))[0];
        var description = string.Join('\n', said.Select(m => $"{m.Author}: {m.Text}"));
        return new NewTicket(
            Cut(firstVisitorLine is null ? "Conversation from the chat" : $"Chat: {firstVisitorLine}", NewTicket.MaxSubjectLength),
            Cut(description, NewTicket.MaxDescriptionLength), pipeline.Id, pipeline.Statuses[0].Id, TicketPriorities.Normal, agentId);
    }

    public async Task<IReadOnlyList<LinkedTicket>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var all = await pipelines.ListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.ConversationId == conversationId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return [.. tickets.Select(t => new LinkedTicket(t.Id, t.Reference, t.Subject,
            all.FirstOrDefault(p => p.Id == t.Pipeline)?.StatusName(t.Status) ?? t.Status, t.Priority))];
    }

    public Task<IReadOnlyList<TicketPipeline>> PipelinesAsync(CancellationToken cancellationToken) => pipelines.ListAsync(cancellationToken);

    /// <returns>Null when there is no such conversation; otherwise the problems, or the new ticket's id.</returns>
    public async Task<(IReadOnlyList<FieldError> Errors, long? Id)?> CreateAsync(
        string conversationId, NewTicket ticket, string agentId, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && !c.IsPreview, cancellationToken))
        {
            return null;
        }

        var errors = await ValidateAsync(ticket, cancellationToken);
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        // The ticket and its mails are written by the node's one writer (in its transaction, with its scope), so an
        // agent's ticket neither waits for nor holds up the visitor turns around it.
        var now = time.GetUtcNow().UtcDateTime;
        var record = await writer.WriteAsync(async (services, token) =>
        {
            var writerDb = services.GetRequiredService<ChatflowsDbContext>();
            var conversation = await writerDb.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId && !c.IsPreview, token);
            if (conversation is null)
            {
                return null;
            }

            var record = new TicketRecord
            {
                Reference = TicketReferences.New(), ConversationId = conversation.Id, ContactId = conversation.ContactId,
                Pipeline = ticket.Pipeline, Status = ticket.Status, Subject = ticket.Subject.Trim(), Description = ticket.Description.Trim(),
                Priority = ticket.Priority, AssigneeId = ticket.AssigneeId, CreatedUtc = now, UpdatedUtc = now,
            };
            writerDb.Tickets.Add(record);
            var email = conversation.ContactId is { } contactId
                ? await writerDb.Contacts.Where(c => c.Id == contactId).Select(c => c.Email).SingleOrDefaultAsync(token)
                : null;
            await mails.AddCreatedAsync(writerDb, conversation, record.Reference, email, await Mail.MailLanguage.OfConversationAsync(writerDb, conversation.Id, token), null, token);
            if (ticket.AssigneeId is { } assignee && assignee != agentId)
            {
                await mails.AddAssignedAsync(writerDb, record.Reference, conversation.Id, assignee, token);
            }

            return record;
        }, cancellationToken);
        if (record is null)
        {
            return null;
        }

        return ([], record.Id);
    }

    private async Task<List<FieldError>> ValidateAsync(NewTicket ticket, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [];
        if (string.IsNullOrWhiteSpace(ticket.Subject) || ticket.Subject.Trim().Length > NewTicket.MaxSubjectLength)
        {
            errors.Add(new("subject", ValidationTexts.TicketsSubject(NewTicket.MaxSubjectLength)));
        }

        if (ticket.Description.Length > NewTicket.MaxDescriptionLength)
        {
            errors.Add(new("description", ValidationTexts.TicketsDescription(NewTicket.MaxDescriptionLength)));
        }

        if ((await pipelines.FindAsync(ticket.Pipeline, cancellationToken))?.FindStatus(ticket.Status) is null)
        {
            errors.Add(new("status", ValidationTexts.TicketsPipelineStatus()));
        }

        errors.AddRange(new[] { TicketFieldChecks.Priority(ticket.Priority), await TicketFieldChecks.AssigneeAsync(db, ticket.AssigneeId, cancellationToken) }.OfType<FieldError>());
        return errors;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
