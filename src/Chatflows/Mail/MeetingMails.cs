using System.Text.Json.Nodes;
using Chatflows.Meetings;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>Puts a meeting's mails in the outbox, in the booking's transaction: one to the visitor, one to the host.</summary>
public sealed class MeetingMails(MailOutbox outbox, MailLinks links)
{
    /// <param name="kind"><see cref="MailKinds.MeetingBooked"/>, <see cref="MailKinds.MeetingRescheduled"/> or <see cref="MailKinds.MeetingCancelled"/>.</param>
    /// <param name="token">The visitor's manage token, known only right after booking; null for a cancellation.</param>
    public async Task AddAsync(ChatflowsDbContext db, MeetingRecord meeting, string kind, string? token, CancellationToken cancellationToken)
    {
        var language = await MailLanguage.OfConversationAsync(db, meeting.ConversationId, cancellationToken);
        // The manage link carries the visitor's secret token: it goes to the visitor only.
        JsonObject Model(bool visitor) => new()
        {
            ["meetingId"] = meeting.Id,
            ["change"] = kind["meeting-".Length..],
            ["site"] = links.HostName,
            ["manageUrl"] = token is null || !visitor ? null : links.Absolute(MeetingLinks.Manage(token)),
        };

        outbox.Add(db, new MailDraft(kind, meeting.VisitorEmail, meeting.VisitorName, language, Model(visitor: true), meeting.ConversationId));
        await AddHostAsync(db, meeting.HostUserId, Model(visitor: false), language, meeting.ConversationId, cancellationToken);
    }

    /// <summary>
    /// A meeting cancelled because its visitor was erased (issue 21): only the host is told, so their calendar drops
    /// the slot. Rendered when sent, from the meeting as the erasure left it; the row names neither the person nor
    /// the erased conversation.
    /// </summary>
    public async Task AddErasedCancellationAsync(ChatflowsDbContext db, long meetingId, string hostUserId, string language, CancellationToken cancellationToken) =>
        await AddHostAsync(db, hostUserId, new JsonObject
        {
            ["meetingId"] = meetingId,
            ["change"] = MailKinds.MeetingCancelled["meeting-".Length..],
            ["site"] = links.HostName,
        }, language, null, cancellationToken);

    private async Task AddHostAsync(
        ChatflowsDbContext db, string hostUserId, JsonObject model, string language, string? conversationId, CancellationToken cancellationToken)
    {
        var host = await db.Users.Where(u => u.Id == hostUserId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (host?.Email is { Length: > 0 } email)
        {
            outbox.Add(db, new MailDraft(MailKinds.MeetingHost, email, host.DisplayName, language, model, conversationId));
        }
    }
}
