using System.Data.Common;
using System.Text;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>
/// The messages and analytics events of a batch of turns, inserted with one multi-row INSERT per table
/// per chunk instead of one tracked entity each: the writer's profile showed EF's per-row commands
/// were more than half of a batch's time. The SQL is plain enough for SQLite and PostgreSQL alike.
/// </summary>
public sealed class TurnRows
{
    private const int RowsPerStatement = 200;

    public List<MessageRecord> Messages { get; } = [];

    public List<FlowEventRecord> Events { get; } = [];

    /// <summary>The analytics summary's changes for the same events; saved last, right before the commit (see <see cref="TurnWriter.SaveAnalyticsAsync"/>).</summary>
    public Analytics.AnalyticsTally Analytics { get; } = new();

    public async Task InsertAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in Messages.Chunk(RowsPerStatement))
        {
            await InsertAsync(db, db.TableOf<MessageRecord>(),
                ["ConversationId", "Seq", "VisitorSeq", "Author", "Kind", "Text", "PayloadJson", "ClientMessageId", "AuthorUserId", "CreatedUtc"],
                chunk.Select(m => new object?[] { m.ConversationId, m.Seq, m.VisitorSeq, m.Author.ToString(), m.Kind, m.Text, m.PayloadJson, m.ClientMessageId, m.AuthorUserId, m.CreatedUtc }),
                cancellationToken);
        }

        foreach (var chunk in Events.Chunk(RowsPerStatement))
        {
            await InsertAsync(db, db.TableOf<FlowEventRecord>(),
                ["ChatflowId", "ConversationId", "Kind", "ActionId", "Detail", "OccurredUtc"],
                chunk.Select(e => new object?[] { e.ChatflowId, e.ConversationId, e.Kind, e.ActionId, e.Detail, e.OccurredUtc }),
                cancellationToken);
        }
    }

    private static Task<int> InsertAsync(ChatflowsDbContext db, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
        using var factory = db.Database.GetDbConnection().CreateCommand();
        List<DbParameter> values = [];
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < row.Length; i++)
            {
                var parameter = factory.CreateParameter();
                parameter.ParameterName = $"@p{values.Count}";
                parameter.Value = row[i] ?? DBNull.Value;
                sql.Append(i == 0 ? "" : ", ").Append(parameter.ParameterName);
                values.Add(parameter);
            }

            sql.Append(')');
        }

        // Values travel as parameters; only the model's table and column names are spliced into the text.
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
    }
}
