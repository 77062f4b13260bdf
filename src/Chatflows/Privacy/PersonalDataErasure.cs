using System.Data.Common;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Chatflows.Audit;
using Chatflows.Contacts;
using Chatflows.Inbox;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Chatflows.Privacy;

/// <summary>
/// The right to be forgotten: erases a person everywhere in one transaction. What says something about them
/// is deleted (contacts, conversations with their messages and search index entries, consents, mails to them); what the site
/// must keep counting is anonymised (tickets, meetings after cancelling them, survey ratings, analytics events,
/// which keep a pseudonym instead of the conversation id). Audit entries that name the person keep a pseudonym.
/// </summary>
public sealed partial class PersonalDataErasure(
    ChatflowsDbContext db, AuditLog audit, Mail.MeetingMails meetingMails, TimeProvider time, ILogger<PersonalDataErasure> logger)
{
    /// <summary>What erased text is replaced with where a row must stay.</summary>
    public const string Erased = "(erased)";

    /// <summary>Null when there is no such contact.</summary>
    public async Task<ErasureReport?> EraseContactAsync(long contactId, Editor by, CancellationToken cancellationToken)
    {
        var person = await PersonFootprint.OfContactAsync(db, contactId, cancellationToken);
        return person is null ? null : await EraseAsync(person, by, $"contact #{contactId}", cancellationToken);
    }

    public async Task<ErasureReport> EraseVisitorAsync(string visitorId, Editor by, CancellationToken cancellationToken) =>
        await EraseAsync(await PersonFootprint.OfVisitorAsync(db, visitorId, cancellationToken), by, "a visitor id", cancellationToken);

    /// <summary>The visitor's own "delete this conversation": only that conversation, and only their own. False when it is not theirs.</summary>
    public async Task<bool> EraseConversationAsync(string conversationId, string visitorId, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && c.VisitorId == visitorId, cancellationToken))
        {
            return false;
        }

        await InTransactionAsync(() => EraseConversationsAsync([conversationId], [], cancellationToken), cancellationToken);
        LogConversationErased();
        return true;
    }

    /// <summary>Retention: erases conversations past their time, each with what hangs off it. Returns how many went.</summary>
    public async Task<int> EraseConversationsAsync(IReadOnlyList<string> conversationIds, CancellationToken cancellationToken) =>
        conversationIds.Count == 0 ? 0
            : (await InTransactionAsync(() => EraseConversationsAsync(conversationIds, [], cancellationToken), cancellationToken)).Conversations;

    private async Task<ErasureReport> EraseAsync(PersonFootprint person, Editor by, string what, CancellationToken cancellationToken)
    {
        var report = await InTransactionAsync(async () =>
        {
            var (conversations, messages, tickets, meetings, answers) = await EraseConversationsAsync(person.ConversationIds, person.Emails, cancellationToken);
            tickets += await db.Tickets.Where(t => t.ContactId != null && person.ContactIds.Contains(t.ContactId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactId, (long?)null).SetProperty(t => t.Subject, Erased).SetProperty(t => t.Description, ""), cancellationToken);
            var consents = await db.Consents.Where(c => person.VisitorIds.Contains(c.VisitorId)).ExecuteDeleteAsync(cancellationToken);
#pragma warning disable CA1304, CA1311 // translated to SQL lower(): no .NET culture is involved
            await db.MailOutbox.Where(m => person.Emails.Contains(m.ToAddress.ToLower())).ExecuteDeleteAsync(cancellationToken);
            await db.MailUnsubscribes.Where(u => person.Emails.Contains(u.Address.ToLower())).ExecuteDeleteAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
            var contacts = await db.Contacts.Where(c => person.ContactIds.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
            await PseudonymiseAuditAsync(person, cancellationToken);
            return new ErasureReport(contacts, conversations, messages, consents, tickets, meetings, answers);
        }, cancellationToken);

        await audit.RecordAsync(by, AuditActions.PersonErased, "", "", $"Erased {what}: {report}", cancellationToken);
        LogPersonErased(what, report.Conversations, report.Contacts);
        return report;
    }

    private async Task<(int Conversations, int Messages, int Tickets, int Meetings, int SurveyAnswers)> EraseConversationsAsync(
        IReadOnlyList<string> conversationIds, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var meetings = await db.Meetings
            .Where(m => (m.ConversationId != null && conversationIds.Contains(m.ConversationId)) || emails.Contains(m.VisitorEmail))
            .Select(m => m.Id).ToListAsync(cancellationToken);
        // A meeting still ahead is cancelled first, and its host mailed the cancellation, so their calendar does not
        // keep a slot for nobody. The mail's language is read now, while the conversation still exists.
        var upcoming = await db.Meetings.Where(m => meetings.Contains(m.Id) && m.CancelledUtc == null && m.EndUtc > now)
            .Select(m => new { m.Id, m.HostUserId, m.ConversationId }).ToListAsync(cancellationToken);
        await db.Meetings.Where(m => meetings.Contains(m.Id) && m.CancelledUtc == null && m.EndUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledUtc, now), cancellationToken);
        foreach (var meeting in upcoming)
        {
            var language = await Mail.MailLanguage.OfConversationAsync(db, meeting.ConversationId, cancellationToken);
            await meetingMails.AddErasedCancellationAsync(db, meeting.Id, meeting.HostUserId, language, cancellationToken);
        }

        if (upcoming.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await db.MeetingClaims.Where(c => meetings.Contains(c.MeetingId)).ExecuteDeleteAsync(cancellationToken);
        await db.Meetings.Where(m => meetings.Contains(m.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.VisitorName, Erased).SetProperty(m => m.VisitorEmail, "").SetProperty(m => m.VisitorTimeZone, (string?)null)
            .SetProperty(m => m.ConversationId, (string?)null).SetProperty(m => m.TokenHash, Convert.ToHexString(RandomNumberGenerator.GetBytes(32))), cancellationToken);

        var tickets = await db.Tickets.Where(t => t.ConversationId != null && conversationIds.Contains(t.ConversationId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConversationId, (string?)null).SetProperty(t => t.ContactId, (long?)null)
                .SetProperty(t => t.Subject, Erased).SetProperty(t => t.Description, ""), cancellationToken);

        var answers = 0;
        foreach (var id in conversationIds)
        {
            // Ratings keep counting in the survey results; the comment and the link to the conversation go.
            var pseudonym = Pseudonym();
            answers += await db.SurveyResponses.Where(s => s.ConversationId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConversationId, pseudonym).SetProperty(r => r.Comment, (string?)null), cancellationToken);
            await db.FlowEvents.Where(e => e.ConversationId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ConversationId, pseudonym), cancellationToken);
        }

        await db.AgentReads.Where(r => conversationIds.Contains(r.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.MailOutbox.Where(m => m.ConversationId != null && conversationIds.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        var messages = await db.Messages.Where(m => conversationIds.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        var conversations = await db.Conversations.Where(c => conversationIds.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        if (messages > 0 && db.Database.IsSqlite())
        {
            // The delete trigger took the indexed rows out of the index (rows the follower had not reached yet were never in
            // it); optimize also drops what segments still hold of them.
            await db.Database.ExecuteSqlRawAsync(MessageSearch.OptimizeSqlite(db), cancellationToken);
        }

        return (conversations, messages, tickets, meetings.Count, answers);
    }

    private async Task PseudonymiseAuditAsync(PersonFootprint person, CancellationToken cancellationToken)
    {
        string[] identifiers = [.. person.Emails, .. person.Names, .. person.VisitorIds];
        var pseudonym = $"person-{Pseudonym()[..8]}";
        foreach (var identifier in identifiers.Where(i => i.Length >= 3))
        {
            // Whole words only: erasing "Ann" must not turn "Announcement" into a pseudonym.
            var word = new Regex($@"(?<![\w@.-]){Regex.Escape(identifier)}(?![\w@-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            var entries = await db.AuditEntries.Where(e => e.Detail != null && e.Detail.Contains(identifier)).ToListAsync(cancellationToken);
            entries.ForEach(e => e.Detail = word.Replace(e.Detail!, pseudonym));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> erase, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SecureDeleteAsync(transaction.GetDbTransaction().Connection, cancellationToken);
        var result = await erase();
        await transaction.CommitAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Older frames of the write-ahead log still hold the erased rows until the log starts over.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return result;
    }

    // SQLite leaves deleted rows in free pages of the file until they are reused; with secure_delete on this
    // connection, the erasure overwrites them. PostgreSQL's dead rows go at its next vacuum (docs/privacy.md).
    private async Task SecureDeleteAsync(DbConnection? connection, CancellationToken cancellationToken)
    {
        if (connection is not null && db.Database.IsSqlite())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON;";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Pseudonym() => $"erased-{Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant()}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased {What}: {Conversations} conversation(s), {Contacts} contact(s)")]
    private partial void LogPersonErased(string what, int conversations, int contacts);

    [LoggerMessage(Level = LogLevel.Information, Message = "A visitor erased one of their conversations")]
    private partial void LogConversationErased();
}
