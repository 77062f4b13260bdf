using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// The writer's SQL for a batch of visitor turns, one implementation per database (<see cref="SqliteTurnStore"/>,
/// <see cref="PostgresTurnStore"/>): prepared commands on the writer's open connection and transaction, nothing
/// tracked. EF Core keeps the schema, the migrations and every write off this path; the turn code above this port
/// does not know which database it writes to.
/// </summary>
public interface ITurnStore
{
    /// <summary>The batch's conversations as they are now, their rows locked against other nodes until the commit.</summary>
    Task<Dictionary<string, ConversationRecord>> ReadForWriteAsync(ChatflowsDbContext db, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken);

    /// <summary>The batch's client message ids that are already stored (a visitor's retry whose answer got lost).</summary>
    Task<HashSet<(string ConversationId, string ClientMessageId)>> StoredAsync(ChatflowsDbContext db, IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the batch's rows: each conversation only while its last sequence number is still the one it was read at
    /// (else <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>, and the batch rolls back), then
    /// the messages, the analytics events and one upsert per changed analytics counter.
    /// </summary>
    Task WriteAsync(ChatflowsDbContext db, TurnRows rows, CancellationToken cancellationToken);
}
