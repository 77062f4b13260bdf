using System.Data.Common;
using System.Globalization;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// <see cref="ITurnStore"/> on SQLite: each statement prepared once per batch and stepped once per row, which is
/// what SQLite does fastest (no SQL text to parse per row, no parameters to create). SQLite locks the whole file for
/// the writer's transaction (Microsoft.Data.Sqlite begins it IMMEDIATE), so reading the conversations locks them.
/// </summary>
internal sealed class SqliteTurnStore : ITurnStore
{
    public async Task<Dictionary<string, ConversationRecord>> ReadForWriteAsync(
        ChatflowsDbContext db, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        var sql = Sql(db);
        await using var read = Prepare(db, $"""{sql.SelectConversations} WHERE "Id" = @p0""", 1);
        var found = new Dictionary<string, ConversationRecord>(StringComparer.Ordinal);
        foreach (var id in conversationIds)
        {
            read.Parameters[0].Value = id;
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[id] = TurnSql.ReadConversation(reader);
            }
        }

        return found;
    }

    public async Task<HashSet<(string ConversationId, string ClientMessageId)>> StoredAsync(
        ChatflowsDbContext db, IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken)
    {
        await using var find = Prepare(db, Sql(db).StoredClientMessage, 2);
        HashSet<(string, string)> stored = [];
        foreach (var turn in batch)
        {
            find.Parameters[0].Value = turn.ConversationId;
            find.Parameters[1].Value = turn.ClientMessageId;
            if (await find.ExecuteScalarAsync(cancellationToken) is not null)
            {
                stored.Add((turn.ConversationId, turn.ClientMessageId));
            }
        }

        return stored;
    }

    public async Task WriteAsync(ChatflowsDbContext db, TurnRows rows, CancellationToken cancellationToken)
    {
        var sql = Sql(db);
        await using (var update = Prepare(db, sql.UpdateConversation, TurnSql.UpdateParameters))
        {
            foreach (var (conversation, readSeq) in rows.Conversations)
            {
                if (await RunAsync(update, TurnSql.UpdateValues(conversation, readSeq), cancellationToken) != 1)
                {
                    throw new DbUpdateConcurrencyException($"Conversation {conversation.Id} moved on while its turns were written.");
                }
            }
        }

        await RunEachAsync(db, sql.InsertMessage, TurnSql.MessageParameters, rows.Messages.Select(TurnSql.MessageValues), cancellationToken);
        await RunEachAsync(db, sql.InsertEvent, TurnSql.EventParameters, rows.Events.Select(TurnSql.EventValues), cancellationToken);
        if (rows.Mails.Count > 0) // a ticket's or a hand-off's mail (Mail.MailOutboxSql)
        {
            await RunEachAsync(db, sql.InsertMail, Mail.MailOutboxSql.Parameters, rows.Mails.Select(Mail.MailOutboxSql.Values), cancellationToken);
        }

        // Last, right before the commit: the counters are shared by every turn of the quarter hour.
        await RunEachAsync(db, sql.UpsertAnalytics, TurnSql.AnalyticsParameters, rows.Analytics.TakeDeltas().Select(TurnSql.AnalyticsValues), cancellationToken);
    }

    private static TurnSql Sql(ChatflowsDbContext db) => new(db, i => string.Create(CultureInfo.InvariantCulture, $"@p{i}"));

    private static async Task RunEachAsync(ChatflowsDbContext db, string sql, int parameters, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        DbCommand? command = null;
        try
        {
            foreach (var row in rows)
            {
                command ??= Prepare(db, sql, parameters);
                await RunAsync(command, row, cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static Task<int> RunAsync(DbCommand command, object?[] values, CancellationToken cancellationToken)
    {
        // A value list and its statement out of step would bind the wrong columns; say so instead.
        if (values.Length != command.Parameters.Count)
        {
            throw new InvalidOperationException($"{values.Length} values for {command.Parameters.Count} parameters: {command.CommandText}");
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Prepare(ChatflowsDbContext db, string sql, int parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{i}");
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }
}
