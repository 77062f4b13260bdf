using Microsoft.EntityFrameworkCore;

namespace Chatflows.Storage;

/// <summary>
/// Serialises the writers of a conversation inside their transaction. Every writer (visitor turns, agents' replies
/// and notes) first takes the conversation rows' write lock with an update that changes nothing, and only then reads
/// the sequence numbers it will extend: a second writer waits for the first to commit instead of reading the same
/// number, failing on the unique index and retrying. Under load on several nodes those retries ran out and a reply
/// was refused with a 500 (issue 18). PostgreSQL locks the rows; SQLite takes its single write lock at once, within
/// its busy timeout, instead of failing when a read transaction turns into a write.
/// </summary>
internal static class ConversationLocks
{
    public static Task LockConversationsAsync(this ChatflowsDbContext db, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken) =>
        conversationIds.Count == 1
            ? db.Conversations.Where(c => c.Id == conversationIds.First()).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSeq, c => c.LastSeq), cancellationToken)
            : db.Conversations.Where(c => conversationIds.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSeq, c => c.LastSeq), cancellationToken);
}
