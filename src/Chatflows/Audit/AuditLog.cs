using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Audit;

/// <summary>
/// Who did what, and when: chatflows (#8 item 7), and users, roles, passwords, two-factor, sign-ins, the channel,
/// knowledge bases and mail settings (#17). Entries are only ever added: the page reads them, nothing edits them.
/// </summary>
public sealed class AuditLog(ChatflowsDbContext db, TimeProvider time)
{
    /// <summary>Most entries one page of the audit log shows.</summary>
    public const int PageSize = 50;

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

    /// <summary>Newest first, only <paramref name="actions"/> (see <see cref="AuditVisibility"/>); <paramref name="chatflowId"/> narrows to one chatflow.</summary>
    public Task<List<AuditEntryRecord>> ListAsync(string? chatflowId, IReadOnlyList<string> actions, int page, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => actions.Contains(e.Action));
        if (!string.IsNullOrEmpty(chatflowId))
        {
            query = query.Where(e => e.ChatflowId == chatflowId);
        }

        return query.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
