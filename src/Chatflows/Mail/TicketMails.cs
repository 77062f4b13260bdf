using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>Puts ticket mails in the outbox, in the transaction that creates or reassigns the ticket.</summary>
public sealed class TicketMails(MailOutbox outbox, MailLinks links)
{
    /// <summary>
    /// The bot created a ticket: the visitor gets its reference and summary, when they gave an address and the
    /// notification is on. The switch is read here, as the hand-off mail's is, so a switched-off notification costs the
    /// turn no outbox row; the composer reads it again when the mail is due.
    /// </summary>
    /// <param name="language">The language of the flow that created it.</param>
    /// <param name="rows">The visitor turn's outbox rows, written with its prepared statements; null adds the row to <paramref name="db"/>.</param>
    public async Task AddCreatedAsync(
        ChatflowsDbContext db, ConversationRecord conversation, string reference, string? email, string language, ICollection<MailOutboxRecord>? rows,
        CancellationToken cancellationToken)
    {
        if (conversation.IsPreview || string.IsNullOrWhiteSpace(email)
            || !(await MailSettingsStore.ReadAsync(db, cancellationToken)).IsOn(MailNotifications.TicketCreated))
        {
            return;
        }

        outbox.Add(db, new MailDraft(MailKinds.TicketCreated, email, null, language, new JsonObject { ["reference"] = reference }, conversation.Id), rows);
    }

    /// <summary>A ticket got a (new) assignee: they get a mail with a link to it in the admin.</summary>
    /// <param name="language">The flow's language when a turn assigns it; null reads the conversation's.</param>
    /// <param name="rows">The visitor turn's outbox rows (see <see cref="AddCreatedAsync"/>).</param>
    public async Task AddAssignedAsync(
        ChatflowsDbContext db, string reference, string? conversationId, string assigneeId, CancellationToken cancellationToken, string? language = null,
        ICollection<MailOutboxRecord>? rows = null)
    {
        var user = await db.Users.Where(u => u.Id == assigneeId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user?.Email is not { Length: > 0 } email)
        {
            return;
        }

        language ??= await MailLanguage.OfConversationAsync(db, conversationId, cancellationToken);
        outbox.Add(db, new MailDraft(MailKinds.TicketAssigned, email, user.DisplayName, language,
            new JsonObject { ["reference"] = reference, ["adminUrl"] = links.Absolute("/admin/tickets") }, conversationId), rows);
    }
}
