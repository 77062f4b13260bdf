using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>
/// The messages of a batch that are already stored (a visitor's retry whose answer got lost), found with one query
/// for the whole batch inside the writer's transaction. A turn that ran on the node's copy of its conversation never
/// asked; the writer refuses such a turn and its next run, on a fresh read, answers with the stored one. The unique
/// index on (conversation, client message id) stays the last word.
/// </summary>
internal static class StoredClientMessages
{
    public static async Task<HashSet<(string ConversationId, string ClientMessageId)>> FindAsync(
        ChatflowsDbContext db, IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken)
    {
        var conversationIds = batch.Select(t => t.ConversationId).Distinct().ToList();
        var clientIds = batch.Select(t => t.ClientMessageId).Distinct().ToList();
        var stored = await db.Messages.AsNoTracking()
            .Where(m => conversationIds.Contains(m.ConversationId) && m.ClientMessageId != null && clientIds.Contains(m.ClientMessageId))
            .Select(m => new { m.ConversationId, m.ClientMessageId })
            .ToListAsync(cancellationToken);
        return [.. stored.Select(m => (m.ConversationId, m.ClientMessageId!))];
    }
}
