using Chatflows.Storage;

namespace Chatflows.Mail;

/// <summary>
/// The outbox row as the visitor turn's writer inserts it: one more prepared statement beside the turn's messages and
/// events, in the same transaction. Through EF Core the same row cost a turn that files a ticket about 14 % (change
/// tracking, SQL generated per SaveChanges, the key read back); nothing on the turn path needs the row's id.
/// </summary>
internal static class MailOutboxSql
{
    // What a new mail has; the columns left out (lease, subject, error, sent) are null until the worker claims it.
    private static readonly string[] Columns =
        ["MessageId", "Kind", "ToAddress", "ToName", "Language", "ModelJson", "ConversationId", "Status", "Attempts", "NextAttemptUtc", "CreatedUtc"];

    /// <summary>How many values <see cref="Values"/> gives.</summary>
    public static int Parameters => Columns.Length;

    /// <param name="parameter">The database's placeholder for the i-th value (<c>@p0</c>, <c>$1</c>).</param>
    public static string Insert(ChatflowsDbContext db, Func<int, string> parameter) =>
        $"""INSERT INTO "{db.TableOf<MailOutboxRecord>()}" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => parameter(i)))})""";

    public static object?[] Values(MailOutboxRecord m) =>
        [m.MessageId, m.Kind, m.ToAddress, m.ToName, m.Language, m.ModelJson, m.ConversationId, m.Status, m.Attempts, m.NextAttemptUtc, m.CreatedUtc];
}
