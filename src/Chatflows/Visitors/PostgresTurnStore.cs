using System.Globalization;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Chatflows.Visitors;

/// <summary>
/// <see cref="ITurnStore"/> on PostgreSQL: the batch's rows go out as one <see cref="NpgsqlBatch"/> of prepared
/// statements, so a batch of turns costs one round trip for its reads and one for its writes, whatever its size.
/// Rows are locked in id order (<c>FOR UPDATE</c>), so two nodes' writers cannot deadlock on each other's.
/// </summary>
internal sealed class PostgresTurnStore : ITurnStore
{
    public async Task<Dictionary<string, ConversationRecord>> ReadForWriteAsync(
        ChatflowsDbContext db, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand($"""{Sql(db).SelectConversations} WHERE "Id" = ANY($1) ORDER BY "Id" FOR UPDATE""", Connection(db), Transaction(db));
        read.Parameters.Add(new NpgsqlParameter { Value = conversationIds.ToArray() });
        await read.PrepareAsync(cancellationToken);
        var found = new Dictionary<string, ConversationRecord>(StringComparer.Ordinal);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var conversation = TurnSql.ReadConversation(reader);
            found[conversation.Id] = conversation;
        }

        return found;
    }

    public async Task<HashSet<(string ConversationId, string ClientMessageId)>> StoredAsync(
        ChatflowsDbContext db, IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken)
    {
        var table = db.TableOf<MessageRecord>();
        // One unique-index probe per pair, whatever the planner believes of the table: LATERAL makes the pair the
        // probe's key. Planned as a join on a young database (its index nearly empty), the cached plan scanned the
        // whole index once per pair ever after, and "= ANY($1) AND = ANY($2)" read every message of the batch's
        // conversations; either became the costliest statement of a turn as conversations grew (pg_stat_statements).
        await using var find = new NpgsqlCommand(
            $"""
            SELECT k.conversation_id, k.client_message_id FROM unnest($1::text[], $2::text[]) AS k(conversation_id, client_message_id)
            CROSS JOIN LATERAL (
                SELECT 1 FROM "{table}" AS m
                WHERE m."ConversationId" = k.conversation_id AND m."ClientMessageId" = k.client_message_id AND m."ClientMessageId" IS NOT NULL
                LIMIT 1) AS found
            """,
            Connection(db), Transaction(db));
        find.Parameters.Add(new NpgsqlParameter { Value = batch.Select(t => t.ConversationId).ToArray() });
        find.Parameters.Add(new NpgsqlParameter { Value = batch.Select(t => t.ClientMessageId).ToArray() });
        await find.PrepareAsync(cancellationToken);
        HashSet<(string, string)> stored = [];
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetString(0), reader.GetString(1)));
        }

        return stored;
    }

    public async Task WriteAsync(ChatflowsDbContext db, TurnRows rows, CancellationToken cancellationToken)
    {
        var sql = Sql(db);
        await using var batch = new NpgsqlBatch(Connection(db), Transaction(db));
        var model = db.Model;
        var updateTypes = PostgresNullTypes.Of<ConversationRecord>(model, TurnSql.UpdateValueColumns);
        var updates = rows.Conversations.Select(c => Add(batch, sql.UpdateConversation, TurnSql.UpdateValues(c.Conversation, c.ReadSeq), updateTypes)).ToList();
        var messageTypes = PostgresNullTypes.Of<MessageRecord>(model, TurnSql.MessageValueColumns);
        rows.Messages.ForEach(m => Add(batch, sql.InsertMessage, TurnSql.MessageValues(m), messageTypes));
        var eventTypes = PostgresNullTypes.Of<FlowEventRecord>(model, TurnSql.EventValueColumns);
        rows.Events.ForEach(e => Add(batch, sql.InsertEvent, TurnSql.EventValues(e), eventTypes));
        var mailTypes = PostgresNullTypes.Of<MailOutboxRecord>(model, Mail.MailOutboxSql.Columns);
        rows.Mails.ForEach(m => Add(batch, sql.InsertMail, Mail.MailOutboxSql.Values(m), mailTypes));
        // Last, right before the commit: the counters are shared by every turn of the quarter hour (and every node).
        var analyticsTypes = PostgresNullTypes.Of<AnalyticsSummaryRecord>(model, TurnSql.AnalyticsValueColumns);
        rows.Analytics.TakeDeltas().ForEach(d => Add(batch, sql.UpsertAnalytics, TurnSql.AnalyticsValues(d), analyticsTypes));
        if (batch.BatchCommands.Count == 0)
        {
            return;
        }

        await batch.PrepareAsync(cancellationToken);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (updates.FirstOrDefault(u => u.RecordsAffected != 1) is { } moved)
        {
            throw new DbUpdateConcurrencyException($"A conversation moved on while its turns were written ({moved.Parameters[^2].Value}).");
        }
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql, object?[] values, NpgsqlTypes.NpgsqlDbType?[] nullTypes)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = new NpgsqlParameter { Value = values[i] ?? DBNull.Value };
            if (values[i] is null && nullTypes[i] is { } type)
            {
                parameter.NpgsqlDbType = type;
            }

            command.Parameters.Add(parameter);
        }

        batch.BatchCommands.Add(command);
        return command;
    }

    private static TurnSql Sql(ChatflowsDbContext db) => new(db, i => string.Create(CultureInfo.InvariantCulture, $"${i + 1}"));

    private static NpgsqlConnection Connection(ChatflowsDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();

    private static NpgsqlTransaction? Transaction(ChatflowsDbContext db) => (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
}
