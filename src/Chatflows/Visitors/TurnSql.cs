using System.Data.Common;
using Chatflows.Analytics;
using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// The statements both <see cref="ITurnStore"/>s run, in each database's parameter style (<c>@p0</c> on SQLite,
/// <c>$1</c> on PostgreSQL), and how their rows map to and from the storage records. Only the model's table and
/// column names are spliced into the text; values always travel as parameters.
/// </summary>
internal sealed class TurnSql(ChatflowsDbContext db, Func<int, string> parameter)
{
    private static readonly string[] ConversationColumns =
    [
        "Id", "ChatflowId", "FlowVersion", "VisitorId", "ContactId", "Status", "StateJson", "LastSeq", "LastVisitorSeq", "Language", "IsPreview",
        "PageUrl", "VerifiedEmail", "AssignedUserId", "AssignedTeamId", "AssignedUtc", "StartedUtc", "LastActivityUtc",
    ];

    // What a turn may change on its conversation (MessageNumbering, TurnWriter), written back whole under the row's lock.
    private static readonly string[] ChangedColumns =
        ["StateJson", "Status", "LastActivityUtc", "LastSeq", "LastVisitorSeq", "ContactId", "AssignedUserId", "AssignedTeamId", "AssignedUtc"];

    private static readonly string[] MessageColumns =
        ["ConversationId", "Seq", "VisitorSeq", "Author", "Kind", "Text", "PayloadJson", "ClientMessageId", "AuthorUserId", "CreatedUtc"];

    private static readonly string[] EventColumns = ["ChatflowId", "ConversationId", "Kind", "ActionId", "Detail", "OccurredUtc"];

    /// <summary>The columns behind <see cref="UpdateValues"/>, in its order.</summary>
    public static readonly string[] UpdateValueColumns = [.. ChangedColumns, "Id", "LastSeq"];

    /// <summary>The columns behind <see cref="MessageValues"/>, in its order.</summary>
    public static IReadOnlyList<string> MessageValueColumns => MessageColumns;

    /// <summary>The columns behind <see cref="EventValues"/>, in its order.</summary>
    public static IReadOnlyList<string> EventValueColumns => EventColumns;

    /// <summary>The columns behind <see cref="AnalyticsValues"/>, in its order.</summary>
    public static readonly string[] AnalyticsValueColumns = [.. AnalyticsDelta.KeyColumns, "Count", "Total"];

    private readonly string _conversations = db.TableOf<ConversationRecord>();
    private readonly string _messages = db.TableOf<MessageRecord>();

    /// <summary>The conversation's columns, read by <see cref="ReadConversation"/>; the caller adds the WHERE.</summary>
    public string SelectConversations => $"""SELECT {Columns(ConversationColumns)} FROM "{_conversations}" """;

    /// <summary>Parameters: <see cref="UpdateParameters"/> values, as <see cref="UpdateValues"/>.</summary>
    public string UpdateConversation =>
        $"""UPDATE "{_conversations}" SET {string.Join(", ", ChangedColumns.Select((c, i) => $"\"{c}\" = {parameter(i)}"))} WHERE "Id" = {parameter(ChangedColumns.Length)} AND "LastSeq" = {parameter(ChangedColumns.Length + 1)}""";

    /// <summary>How many values <see cref="UpdateValues"/> gives: the changed columns, then the id and the last sequence number the writer read.</summary>
    public static int UpdateParameters => ChangedColumns.Length + 2;

    public string InsertMessage => Insert(_messages, MessageColumns);

    /// <summary>How many values <see cref="MessageValues"/> gives, one per column.</summary>
    public static int MessageParameters => MessageColumns.Length;

    public string InsertEvent => Insert(db.TableOf<FlowEventRecord>(), EventColumns);

    /// <summary>A ticket's or a hand-off's outbox row; values as <see cref="Mail.MailOutboxSql.Values"/>.</summary>
    public string InsertMail => Insert(db.TableOf<MailOutboxRecord>(), Mail.MailOutboxSql.Columns);

    /// <summary>How many values <see cref="EventValues"/> gives, one per column.</summary>
    public static int EventParameters => EventColumns.Length;

    /// <summary>One counter's upsert; parameters as <see cref="AnalyticsValues"/>.</summary>
    public string UpsertAnalytics =>
        AnalyticsTally.UpsertSql(db.TableOf<AnalyticsSummaryRecord>(), [[.. Enumerable.Range(0, AnalyticsParameters).Select(parameter)]]);

    /// <summary>How many values <see cref="AnalyticsValues"/> gives: the summary's key, then count and total.</summary>
    public static int AnalyticsParameters => AnalyticsDelta.KeyColumns.Count + 2;

    /// <summary>Parameters: the conversation id and the client message id.</summary>
    public string StoredClientMessage => $"""SELECT 1 FROM "{_messages}" WHERE "ConversationId" = {parameter(0)} AND "ClientMessageId" = {parameter(1)}""";

    public static object?[] UpdateValues(ConversationRecord c, long readSeq) =>
        [c.StateJson, c.Status, c.LastActivityUtc, c.LastSeq, c.LastVisitorSeq, c.ContactId, c.AssignedUserId, c.AssignedTeamId, c.AssignedUtc, c.Id, readSeq];

    public static object?[] MessageValues(MessageRecord m) =>
        [m.ConversationId, m.Seq, m.VisitorSeq, m.Author.ToString(), m.Kind, m.Text, m.PayloadJson, m.ClientMessageId, m.AuthorUserId, m.CreatedUtc];

    public static object?[] EventValues(FlowEventRecord e) => [e.ChatflowId, e.ConversationId, e.Kind, e.ActionId, e.Detail, e.OccurredUtc];

    public static object?[] AnalyticsValues(AnalyticsDelta d) => [.. d.KeyValues(), d.Count, d.Total];

    public static ConversationRecord ReadConversation(DbDataReader r) => new()
    {
        Id = r.GetString(0), ChatflowId = r.GetString(1), FlowVersion = r.GetInt32(2), VisitorId = r.GetString(3), ContactId = r.IsDBNull(4) ? null : r.GetInt64(4),
        Status = r.GetString(5), StateJson = r.GetString(6), LastSeq = r.GetInt64(7), LastVisitorSeq = r.GetInt64(8), Language = Nullable(r, 9),
        IsPreview = r.GetBoolean(10), PageUrl = Nullable(r, 11), VerifiedEmail = Nullable(r, 12),
        AssignedUserId = Nullable(r, 13), AssignedTeamId = Nullable(r, 14), AssignedUtc = r.IsDBNull(15) ? null : r.GetDateTime(15),
        StartedUtc = r.GetDateTime(16), LastActivityUtc = r.GetDateTime(17),
    };

    private static string? Nullable(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private string Insert(string table, string[] columns) =>
        $"""INSERT INTO "{table}" ({Columns(columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => parameter(i)))})""";

    private static string Columns(string[] columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}
