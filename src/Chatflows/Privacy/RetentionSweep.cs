using Chatflows.Channel;
using Chatflows.Inbox;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Privacy;

/// <summary>
/// One run of the retention job (G1 storage limitation): erases what the site's retention settings say is past
/// its time. Every step is a conditional delete or update, so two nodes running it at once remove each row
/// once and neither fails; what one node already took is simply not found by the other.
/// </summary>
public sealed class RetentionSweep(ChatflowsDbContext db, ChannelSettingsStore channel, PersonalDataErasure erasure, IOptions<PrivacyOptions> options)
{
    public async Task<RetentionReport> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var retention = (await channel.GetAsync(cancellationToken)).Settings.Retention;
        var conversations = 0;
        if (retention.ConversationsDays is { } conversationDays)
        {
            var cutoff = now.AddDays(-conversationDays);
            var expired = await db.Conversations.AsNoTracking()
                .Where(c => (c.Status == ConversationStatuses.Closed || c.Status == ConversationStatuses.Ended) && c.LastActivityUtc < cutoff)
                .OrderBy(c => c.LastActivityUtc).Select(c => c.Id).Take(options.Value.RetentionBatchSize).ToListAsync(cancellationToken);
            conversations = await erasure.EraseConversationsAsync(expired, cancellationToken);
        }

        var consents = 0;
        if (retention.ConsentsDays is { } consentDays)
        {
            var cutoff = now.AddDays(-consentDays);
            consents = await db.Consents.Where(c => c.RecordedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        }

        var forgotten = 0;
        if (retention.UnusedVisitorIdsDays is { } visitorDays)
        {
            var cutoff = now.AddDays(-visitorDays);
            forgotten = await db.Contacts
                .Where(c => c.VisitorId != null && c.UpdatedUtc < cutoff && !db.Conversations.Any(v => v.VisitorId == c.VisitorId && v.LastActivityUtc >= cutoff))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.VisitorId, (string?)null), cancellationToken);
        }

        return new RetentionReport(conversations, consents, forgotten);
    }
}
