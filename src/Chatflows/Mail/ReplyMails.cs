using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Mail;

/// <summary>
/// Continuity by mail: an agent's reply to a visitor with a known address becomes a mail due two minutes
/// later, unless the visitor reads it in the chat first (<see cref="VisitorReadAsync"/>). One
/// pending mail gathers every reply until it goes; at most one goes per conversation per 15 minutes.
/// </summary>
public sealed class ReplyMails(MailOutbox outbox, MailLinks links, ConversationResumeLinks resume, MailUnsubscribeLinks unsubscribe)
{
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Spacing = TimeSpan.FromMinutes(15);

    /// <summary>Call in the transaction that stores the agent's reply <paramref name="reply"/>.</summary>
    public async Task AddAsync(ChatflowsDbContext db, ConversationRecord conversation, MessageRecord reply, DateTime now, CancellationToken cancellationToken)
    {
        if (conversation.IsPreview)
        {
            return;
        }

        var email = conversation.VerifiedEmail ?? (conversation.ContactId is { } contactId
            ? await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Email).SingleOrDefaultAsync(cancellationToken)
            : null);
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var earlier = await db.MailOutbox.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && m.Kind == MailKinds.ConversationReply
                && (m.Status == MailStatuses.Pending || ((m.Status == MailStatuses.Sending || m.Status == MailStatuses.Sent) && m.CreatedUtc > now - Spacing)))
            .Select(m => new { m.Status, m.CreatedUtc }).ToListAsync(cancellationToken);
        if (earlier.Any(m => m.Status == MailStatuses.Pending))
        {
            return; // the mail that is waiting will carry this reply too
        }

        var notBefore = now + Wait;
        if (earlier.Count > 0 && earlier.Max(m => m.CreatedUtc) + Spacing is var spaced && spaced > notBefore)
        {
            notBefore = spaced;
        }

        var language = await MailLanguage.OfConversationAsync(db, conversation.Id, cancellationToken);
        var page = conversation.PageUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? url
            : links.Absolute("/");
        outbox.Add(db, new MailDraft(MailKinds.ConversationReply, email, null, language, new JsonObject
        {
            ["fromSeq"] = reply.Seq,
            ["resumeUrl"] = resume.Link(page, conversation.Id, conversation.VisitorId),
            ["unsubscribeUrl"] = unsubscribe.Link(email),
        }, conversation.Id, notBefore));
    }

    /// <summary>
    /// The visitor read every message up to <paramref name="readSeq"/> (their numbering): the mail waiting for the
    /// replies is not needed, unless a reply came after what they read. Call in the writer's transaction.
    /// </summary>
    public static Task<int> VisitorReadAsync(ChatflowsDbContext db, string conversationId, long readSeq, CancellationToken cancellationToken) =>
        db.MailOutbox.Where(m => m.ConversationId == conversationId && m.Kind == MailKinds.ConversationReply && m.Status == MailStatuses.Pending
                && !db.Messages.Any(r => r.ConversationId == conversationId && r.Author == MessageAuthor.Agent && r.VisitorSeq > readSeq))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatuses.Skipped).SetProperty(m => m.LastError, "The visitor read the reply in the chat."), cancellationToken);
}
