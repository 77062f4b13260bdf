using Chatflows.Storage;

namespace Chatflows.Mail;

/// <summary>
/// The outbox row's columns and values as the visitor turn's writer inserts it (<see cref="Visitors.TurnSql.InsertMail"/>):
/// one more prepared statement beside the turn's messages and events, in the same transaction. Through EF Core the
/// same row cost a turn that files a ticket about 14 % (change tracking, SQL generated per SaveChanges, the key read
/// back); nothing on the turn path needs the row's id.
/// </summary>
internal static class MailOutboxSql
{
    // What a new mail has; the columns left out (lease, subject, error, sent) are null until the worker claims it.
    public static readonly string[] Columns =
        ["MessageId", "Kind", "ToAddress", "ToName", "Language", "ModelJson", "ConversationId", "Status", "Attempts", "NextAttemptUtc", "CreatedUtc"];

    /// <summary>How many values <see cref="Values"/> gives.</summary>
    public static int Parameters => Columns.Length;

    public static object?[] Values(MailOutboxRecord m) =>
        [m.MessageId, m.Kind, m.ToAddress, m.ToName, m.Language, m.ModelJson, m.ConversationId, m.Status, m.Attempts, m.NextAttemptUtc, m.CreatedUtc];
}
