using System.Security.Cryptography;
using Chatflows.Storage;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Puts mail in the outbox as part of the caller's unit of work: the row commits with what caused it or
/// not at all, and the worker sends it after the commit. Nothing is checked or rendered here, so a turn
/// pays one row; the rules (preview, address, rate, switches) are applied once, when the mail is due.
/// </summary>
public sealed class MailOutbox(IOptionsMonitor<MailOptions> options, TimeProvider time, MailWakeUp wakeUp)
{
    /// <summary>Adds the mail to <paramref name="db"/>; the caller's SaveChanges and commit store it.</summary>
    public MailOutboxRecord Add(ChatflowsDbContext db, MailDraft draft) => Add(db, draft, null);

    /// <summary>
    /// Adds the mail to <paramref name="rows"/> when given (the visitor turn's writer inserts them with a prepared
    /// statement in <paramref name="db"/>'s transaction, <see cref="MailOutboxSql"/>), else to <paramref name="db"/>.
    /// </summary>
    public MailOutboxRecord Add(ChatflowsDbContext db, MailDraft draft, ICollection<MailOutboxRecord>? rows)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var record = new MailOutboxRecord
        {
            MessageId = NewMessageId(options.CurrentValue),
            Kind = draft.Kind,
            ToAddress = Cut(draft.ToAddress.Trim(), 254),
            ToName = draft.ToName is null ? null : Cut(draft.ToName, 200),
            Language = MailTexts.Supported(draft.Language),
            ModelJson = draft.Model.ToJsonString(),
            ConversationId = draft.ConversationId,
            Status = MailStatuses.Pending,
            NextAttemptUtc = draft.NotBefore ?? now,
            CreatedUtc = now,
        };
        if (rows is null)
        {
            db.MailOutbox.Add(record);
        }
        else
        {
            rows.Add(record);
        }

        if (draft.NotBefore is null)
        {
            wakeUp.Added(db); // the worker is woken after the commit; a mail due later waits for its poll
        }

        return record;
    }

    // Random, so two nodes never mint the same id; the sender's domain keeps it recognisable in a mail program.
    private static string NewMessageId(MailOptions options)
    {
        var at = options.FromAddress.LastIndexOf('@');
        var domain = at >= 0 ? options.FromAddress[(at + 1)..] : "chatflows.local";
        return $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{domain}";
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
