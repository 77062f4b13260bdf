using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>
/// The rules every mail passes when it is due, in one place: a valid single address; nothing for preview
/// conversations; to a visitor only at an address given in that conversation or by the site's verified
/// identity (O10), and not after they unsubscribed; to staff only at a user's address; and at most
/// <see cref="MailOptions.MaxPerRecipientPerHour"/> mails an hour to one address.
/// </summary>
public sealed class MailGate(ChatflowsDbContext db, IOptionsMonitor<MailOptions> options, TimeProvider time)
{
    /// <summary>Why this mail must not go out, or null when it may.</summary>
    public async Task<string?> RefusalAsync(MailOutboxRecord row, CancellationToken cancellationToken)
    {
        var address = row.ToAddress.Trim();
        if (!MailboxAddress.TryParse(address, out var parsed) || parsed.Address != address || address.Any(char.IsControl))
        {
            return "The recipient is not one valid e-mail address.";
        }

        var lower = address.ToLowerInvariant();
        if (row.ConversationId is { } conversationId)
        {
            var conversation = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId)
                .Select(c => new { c.IsPreview, c.VerifiedEmail }).SingleOrDefaultAsync(cancellationToken);
            if (conversation is null)
            {
                return "The conversation no longer exists.";
            }

            if (conversation.IsPreview)
            {
                return "A preview conversation sends no mail.";
            }

            if (MailKinds.ToVisitor(row.Kind) && !await MayMailVisitorAsync(conversationId, conversation.VerifiedEmail, lower, cancellationToken))
            {
                return "The visitor did not give this address in the conversation.";
            }
        }
        else if (MailKinds.ToVisitor(row.Kind) && !row.Kind.StartsWith("meeting-", StringComparison.Ordinal))
        {
            return "A mail to a visitor needs the conversation the address was given in.";
        }

        if (row.Kind == MailKinds.ConversationReply && await db.MailUnsubscribes.AnyAsync(u => u.Address == lower, cancellationToken))
        {
            return "The visitor unsubscribed from replies by mail.";
        }

        if (!MailKinds.ToVisitor(row.Kind) && row.Kind != MailKinds.Test)
        {
            var normalized = address.ToUpperInvariant();
            if (!await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                return "The recipient is not a user of the admin.";
            }
        }

        var since = time.GetUtcNow().UtcDateTime.AddHours(-1);
        var recent = await db.MailOutbox.CountAsync(m => m.ToAddress == row.ToAddress && m.Status == MailStatuses.Sent && m.SentUtc > since, cancellationToken);
        return recent >= options.CurrentValue.MaxPerRecipientPerHour
            ? $"Rate limit: {recent} mails went to this address in the last hour."
            : null;
    }

    /// <summary>True when the visitor typed <paramref name="address"/> in the conversation or the site vouched for it (O10).</summary>
    public Task<bool> MayMailVisitorAsync(ConversationRecord conversation, string address, CancellationToken cancellationToken) =>
        MayMailVisitorAsync(conversation.Id, conversation.VerifiedEmail, address.Trim().ToLowerInvariant(), cancellationToken);

    private async Task<bool> MayMailVisitorAsync(string conversationId, string? verifiedEmail, string lower, CancellationToken cancellationToken) =>
        string.Equals(verifiedEmail, lower, StringComparison.OrdinalIgnoreCase) || await GivenInConversationAsync(conversationId, lower, cancellationToken);

    // The visitor typed it: a stored visitor message of this conversation holds the address. Compared here,
    // not in SQL, because the providers disagree on case; a conversation's visitor messages are few and short.
    private async Task<bool> GivenInConversationAsync(string conversationId, string lower, CancellationToken cancellationToken)
    {
        var texts = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId && m.Author == MessageAuthor.Visitor)
            .OrderBy(m => m.Seq).Select(m => m.Text).Take(1000).ToListAsync(cancellationToken);
        return texts.Any(t => t.Contains(lower, StringComparison.OrdinalIgnoreCase));
    }
}
