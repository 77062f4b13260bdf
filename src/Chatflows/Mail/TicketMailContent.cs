using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>A ticket's mail: its reference, subject, summary and status as they are when the mail goes out.</summary>
public sealed class TicketMailContent(ChatflowsDbContext db) : IMailContent
{
    public IReadOnlyList<string> Kinds { get; } = [MailKinds.TicketCreated, MailKinds.TicketAssigned];

    public async Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken)
    {
        var reference = (string?)model["reference"] ?? "";
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Reference == reference).OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return MailContent.Skipped("The ticket no longer exists.");
        }

        model["subject"] = ticket.Subject;
        model["description"] = ticket.Description;
        model["status"] = ticket.Status;
        model["priority"] = ticket.Priority;
        if (row.Kind == MailKinds.TicketAssigned && (string?)model["adminUrl"] is { } admin)
        {
            model["adminUrl"] = $"{admin}/ticket/{ticket.Id}";
        }

        return MailContent.None;
    }
}
