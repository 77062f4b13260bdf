using System.Text.Json.Nodes;
using Chatflows.Audit;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>What the admin's mail page changes: the settings, a test mail, a retry of failed mail.</summary>
public sealed class MailActions(ChatflowsDbContext db, MailSettingsStore settings, MailOutbox outbox, AuditLog audit, AuditActor actor, TimeProvider time)
{
    public const int MaxTeamMinutes = 24 * 60;

    public async Task<IReadOnlyList<FieldError>> SaveAsync(MailSettings input, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [];
        if (input.FromAddress.Length > 0 && !IsAddress(input.FromAddress))
        {
            errors.Add(new("fromAddress", ValidationTexts.MailFromAddress()));
        }

        if (input.FromName.Length > 100)
        {
            errors.Add(new("fromName", ValidationTexts.MailFromName(100)));
        }

        if (input.TeamHandoffMinutes.Values.Any(m => m is < 0 or > MaxTeamMinutes))
        {
            errors.Add(new("teamHandoffMinutes", ValidationTexts.MailTeamMinutes(MaxTeamMinutes)));
        }

        if (errors.Count == 0)
        {
            var before = await settings.GetAsync(cancellationToken);
            var after = input with
            {
                FromName = MailComposer.OneLine(input.FromName),
                Disabled = [.. input.Disabled.Where(MailNotifications.All.Contains).Distinct()],
                TeamHandoffMinutes = input.TeamHandoffMinutes.Where(p => p.Value > 0).ToDictionary(),
            };
            await settings.SaveAsync(after, cancellationToken);
            await audit.RecordAsync(actor.Current, AuditActions.MailSettingsChanged, AuditSubject.Mail, MailSettingsChange.Describe(before, after), cancellationToken);
        }

        return errors;
    }

    /// <summary>Puts a test mail in the outbox; false when the address is not one.</summary>
    public async Task<bool> SendTestAsync(string address, string language, CancellationToken cancellationToken)
    {
        if (!IsAddress(address))
        {
            return false;
        }

        outbox.Add(db, new MailDraft(MailKinds.Test, address.Trim(), null, language, new JsonObject { ["sentAt"] = time.GetUtcNow().ToString("u") }));
        await db.SaveChangesAsync(cancellationToken);
        // A test mail goes to any address the administrator types: worth knowing who sent one where.
        await audit.RecordAsync(actor.Current, AuditActions.MailSettingsChanged, AuditSubject.Mail, $"Test mail to {address.Trim()}.", cancellationToken);
        return true;
    }

    /// <summary>Gives a failed mail a fresh set of attempts, with the same Message-Id; false when it is not failed.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken) =>
        await db.MailOutbox.Where(m => m.Id == id && m.Status == MailStatuses.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MailStatuses.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptUtc, time.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.LeaseOwner, (string?)null), cancellationToken) == 1;

    private static bool IsAddress(string value) =>
        value.Length <= 254 && MailboxAddress.TryParse(value.Trim(), out var parsed) && parsed.Address == value.Trim() && parsed.Address.Contains('@');
}
