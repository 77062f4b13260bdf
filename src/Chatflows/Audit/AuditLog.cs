using Chatflows.Storage;

namespace Chatflows.Audit;

/// <summary>
/// Who did what, and when: chatflows (#8 item 7), and users, roles, passwords, two-factor, sign-ins, the channel,
/// knowledge bases and mail settings (#17). Entries are only ever added: <see cref="AuditQueries"/> reads them, nothing edits them.
/// </summary>
public sealed class AuditLog(ChatflowsDbContext db, TimeProvider time)
{
    public Task RecordAsync(Editor editor, string action, string chatflowId, string chatflowName, string? detail, CancellationToken cancellationToken) =>
        RecordAsync(editor, action, AuditSubject.Chatflow(chatflowId, chatflowName), detail, cancellationToken);

    public async Task RecordAsync(Editor editor, string action, AuditSubject subject, string? detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntryRecord
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            UserId = editor.UserId,
            UserName = Cut(editor.Name, 256),
            Action = action,
            ChatflowId = Cut(subject.Key, 64),
            ChatflowName = Cut(subject.Label, 100),
            Detail = detail is null ? null : Cut(detail, 500),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
