using System.Globalization;
using Chatflows.Analytics;
using Chatflows.Audit;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.SampleData;

/// <summary>
/// "Remove sample data": deletes what the <see cref="SampleDataRecord"/> ledger lists and everything hanging off it
/// (messages, analytics events, survey answers, tickets, meetings, read marks, mails), and takes the samples' counts
/// out of the analytics summary, in one transaction, so reports show exactly what real visitors did.
/// </summary>
public sealed class SampleDataRemoval(ChatflowsDbContext db, AuditLog audit)
{
    /// <summary>Removes the sample data; returns how many sample conversations went.</summary>
    public async Task<int> RemoveAsync(Editor editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ledger = await db.SampleData.ToListAsync(cancellationToken);
        var conversations = ledger.Where(s => s.Kind == SampleDataKinds.Conversation).Select(s => s.Key).ToList();
        var contacts = ledger.Where(s => s.Kind == SampleDataKinds.Contact).Select(s => long.Parse(s.Key, CultureInfo.InvariantCulture)).ToList();
        if (ledger.Count == 0)
        {
            return 0;
        }

        await SubtractAnalyticsAsync(conversations, contacts, cancellationToken);
        var meetings = db.Meetings.Where(m => m.ConversationId != null && conversations.Contains(m.ConversationId)).Select(m => m.Id);
        await db.MeetingClaims.Where(c => meetings.Contains(c.MeetingId)).ExecuteDeleteAsync(cancellationToken);
        await db.Meetings.Where(m => m.ConversationId != null && conversations.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Tickets.Where(t => (t.ConversationId != null && conversations.Contains(t.ConversationId)) || (t.ContactId != null && contacts.Contains(t.ContactId.Value)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.SurveyResponses.Where(r => conversations.Contains(r.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.FlowEvents.Where(e => conversations.Contains(e.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.AgentReads.Where(r => conversations.Contains(r.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.MailOutbox.Where(m => m.ConversationId != null && conversations.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Messages.Where(m => conversations.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Conversations.Where(c => conversations.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.Where(c => contacts.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.SampleData.ExecuteDeleteAsync(cancellationToken);
        await audit.RecordAsync(editor, AuditActions.SampleDataRemoved, AuditSubject.SampleData,
            $"{conversations.Count} conversations, {contacts.Count} contacts", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return conversations.Count;
    }

    // The samples' events added up from each conversation's first, as the turns counted them, then reversed.
    private async Task SubtractAnalyticsAsync(List<string> conversations, List<long> contacts, CancellationToken cancellationToken)
    {
        var tally = new AnalyticsTally();
        var events = await db.FlowEvents.AsNoTracking().Where(e => conversations.Contains(e.ConversationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        // Each in the language the turns counted it in: the conversation's, else its chatflow's base language.
        var languages = await db.Conversations.AsNoTracking().Where(c => conversations.Contains(c.Id))
            .Select(c => new { c.Id, Language = c.Language ?? db.Chatflows.Where(f => f.Id == c.ChatflowId).Select(f => f.Language).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, c => c.Language ?? "", StringComparer.Ordinal, cancellationToken);
        events.ForEach(e => tally.Add(e, languages.GetValueOrDefault(e.ConversationId, "")));
        var created = await db.Contacts.AsNoTracking().Where(c => contacts.Contains(c.Id))
            .Select(c => new
            {
                c.CreatedUtc,
                First = db.Conversations.Where(v => v.ContactId == c.Id && !v.IsPreview).OrderBy(v => v.StartedUtc).ThenBy(v => v.Id)
                    .Select(v => new { v.ChatflowId, Language = v.Language ?? db.Chatflows.Where(f => f.Id == v.ChatflowId).Select(f => f.Language).FirstOrDefault() })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        foreach (var contact in created.Where(c => c.First is not null))
        {
            tally.AddContact(contact.First!.ChatflowId, contact.First.Language ?? "", contact.CreatedUtc);
        }

        tally.Reverse();
        await tally.SaveAsync(db, cancellationToken);
        await db.AnalyticsSummary.Where(s => s.Count == 0 && s.Total == 0).ExecuteDeleteAsync(cancellationToken);
    }
}
