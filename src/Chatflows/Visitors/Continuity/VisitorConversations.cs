using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors.Continuity;

/// <summary>
/// Reads what a returning visitor gets back (issue 16): their conversation still going on, their earlier ones,
/// and their consent answers. Always scoped to the one visitor id the server signed; previews never count.
/// </summary>
public sealed class VisitorConversations(ChatflowsDbContext db)
{
    /// <summary>How many ended conversations "Earlier conversations" lists.</summary>
    public const int EarlierCount = 10;

    public async Task<ConversationSummary?> OpenAsync(string visitorId, CancellationToken cancellationToken)
    {
        var open = await db.Conversations.AsNoTracking()
            .Where(c => c.VisitorId == visitorId && !c.IsPreview && ConversationStatuses.Live.Contains(c.Status))
            .OrderByDescending(c => c.LastActivityUtc).FirstOrDefaultAsync(cancellationToken);
        return open is null ? null : Summary(open, await UnreadAsync(open.Id, cancellationToken));
    }

    public async Task<IReadOnlyList<ConversationSummary>> EarlierAsync(string visitorId, CancellationToken cancellationToken)
    {
        var earlier = await db.Conversations.AsNoTracking()
            .Where(c => c.VisitorId == visitorId && !c.IsPreview && !ConversationStatuses.Live.Contains(c.Status))
            .OrderByDescending(c => c.LastActivityUtc).Take(EarlierCount).ToListAsync(cancellationToken);
        return [.. earlier.Select(c => Summary(c, 0))];
    }

    /// <summary>The visitor's latest answers to one chatflow's consent texts of <paramref name="version"/> (O6, O7).</summary>
    public async Task<(bool? Cookies, bool? DataProcessing)> ConsentsAsync(string visitorId, string chatflowId, string version, CancellationToken cancellationToken)
    {
        var answers = await db.Consents.AsNoTracking()
            .Where(c => c.VisitorId == visitorId && c.ChatflowId == chatflowId && c.Version == version)
            .OrderByDescending(c => c.Id).Select(c => new { c.Kind, c.Granted }).Take(20).ToListAsync(cancellationToken);
        return (answers.FirstOrDefault(a => a.Kind == ConsentKinds.Cookies)?.Granted, answers.FirstOrDefault(a => a.Kind == ConsentKinds.DataProcessing)?.Granted);
    }

    // What the visitor missed: agent replies after their own last message.
    private Task<int> UnreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        return db.Messages.CountAsync(m => m.ConversationId == conversationId && m.Author == MessageAuthor.Agent
            && m.Seq > (db.Messages.Where(v => v.ConversationId == conversationId && v.Author == MessageAuthor.Visitor).Max(v => (long?)v.Seq) ?? 0), cancellationToken);
    }

    private static ConversationSummary Summary(ConversationRecord c, int unread) =>
        new(c.Id, c.ChatflowId, c.Status, new DateTimeOffset(c.StartedUtc, TimeSpan.Zero), new DateTimeOffset(c.LastActivityUtc, TimeSpan.Zero), unread);
}
