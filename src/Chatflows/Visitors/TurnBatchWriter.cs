using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// Stores a batch of visitor turns the engine has already run, in one transaction: it reads and locks the
/// conversations, checks that each conversation's last sequence number is still the one its turn ran on, and inserts
/// through the database's <see cref="ITurnStore"/>. Side effects of a turn (a contact, a ticket, a hand-off and their
/// mails, a meeting claim) are rare and stay with EF Core, saved in the same transaction.
/// Nothing here waits for anything but the database.
/// </summary>
public sealed class TurnBatchWriter(ChatflowsDbContext db, TurnWriter writer, ITurnStore store, Analytics.AnalyticsPathCache paths)
{
    /// <returns>
    /// Per turn, what was stored; null for a turn that was not: its conversation moved on since the turn ran (an
    /// agent, another node) or is gone, or the meeting it books was taken. The caller runs such a turn again.
    /// </returns>
    public async Task<IReadOnlyList<ConversationTurn?>> WriteAsync(IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(t => t.ConversationId).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var byId = await store.ReadForWriteAsync(db, ids, cancellationToken);
        var readSeqs = byId.Values.ToDictionary(c => c.Id, c => c.LastSeq, StringComparer.Ordinal);
        var results = new ConversationTurn?[batch.Count];
        var rows = new TurnRows();
        var stored = await store.StoredAsync(db, batch, cancellationToken);
        // Drop-off needs each conversation's path so far: kept on the node from its last commit, else read from its events.
        var counted = byId.Values.Where(c => !c.IsPreview).ToList();
        await rows.Analytics.LoadAsync(db, paths.Seed(rows.Analytics, counted), cancellationToken);

        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            // The sequence number moves with every message any writer stores, so an equal number means the turn ran
            // on the state it now extends (a second turn of one conversation in the same batch finds it moved too).
            if (byId.TryGetValue(pending.ConversationId, out var conversation) && conversation.VisitorId == pending.VisitorId
                && conversation.LastSeq == pending.ExpectedSeq && (pending.ExpectedState is null || pending.ExpectedState == conversation.StateJson)
                && !stored.Contains((pending.ConversationId, pending.ClientMessageId))
                && await writer.WriteAsync(
                    conversation, pending.Language, pending.Text, pending.ClientMessageId, pending.Result, pending.Now.UtcDateTime, cancellationToken, rows) is { } messages)
            {
                results[i] = new ConversationTurn(Snapshot(conversation), messages);
            }
        }

        // The side effects' tracked rows first: a new contact's id is in its conversation's row.
        await db.SaveChangesAsync(cancellationToken);
        rows.Conversations.AddRange(byId.Values.Where(c => c.LastSeq != readSeqs[c.Id]).Select(c => (c, readSeqs[c.Id])));
        var committedPaths = Analytics.AnalyticsPathCache.Capture(rows.Analytics, counted);
        await store.WriteAsync(db, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        paths.Remember(committedPaths);
        return results;
    }

    // A later turn of the same conversation in this batch goes on changing the record: each caller gets its own turn's state.
    private static ConversationRecord Snapshot(ConversationRecord c) => ConversationSnapshots.Copy(c);
}
