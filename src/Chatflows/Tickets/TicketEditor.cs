using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tickets;

/// <summary>Applies an agent's change to a ticket after checking it against the pipeline, the users and the priorities.</summary>
public sealed class TicketEditor(TicketPipelines pipelines, Mail.TicketMails mails, Visitors.TurnBatcher writer, TimeProvider time)
{
    /// <returns>Null when there is no such ticket; otherwise the problems, empty when saved.</returns>
    /// <remarks>Read, checked and saved by the node's one writer, in its transaction: the change sees the ticket as it is.</remarks>
    public Task<IReadOnlyList<FieldError>?> ChangeAsync(long id, TicketChange change, CancellationToken cancellationToken) =>
        writer.WriteAsync((services, token) => ChangeAsync(services.GetRequiredService<ChatflowsDbContext>(), id, change, token), cancellationToken);

    private async Task<IReadOnlyList<FieldError>?> ChangeAsync(ChatflowsDbContext db, long id, TicketChange change, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        List<FieldError> errors = [];
        var pipeline = await pipelines.FindAsync(ticket.Pipeline, cancellationToken);
        if (change.Status is null || (pipeline?.FindStatus(change.Status) is null && change.Status != ticket.Status))
        {
            errors.Add(new("status", ValidationTexts.TicketsStatus()));
        }

        var assignee = string.IsNullOrWhiteSpace(change.AssigneeId) ? null : change.AssigneeId;
        errors.AddRange(new[] { TicketFieldChecks.Priority(change.Priority), await TicketFieldChecks.AssigneeAsync(db, assignee, cancellationToken) }.OfType<FieldError>());

        if (errors.Count > 0)
        {
            return errors;
        }

        if (ticket.Status != change.Status || ticket.Priority != change.Priority || ticket.AssigneeId != assignee)
        {
            ticket.Status = change.Status!;
            ticket.Priority = change.Priority!;
            var reassigned = assignee is not null && ticket.AssigneeId != assignee;
            ticket.AssigneeId = assignee;
            ticket.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            if (reassigned)
            {
                await mails.AddAssignedAsync(db, ticket.Reference, ticket.ConversationId, assignee!, cancellationToken); // saved with the change
            }
        }

        return [];
    }
}
