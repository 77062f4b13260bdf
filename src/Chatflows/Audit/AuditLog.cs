using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Audit;

/// <summary>
/// Who created, published, switched, rolled back or deleted which chatflow, and when (#8 item 7).
/// Entries are only ever added: the page reads them, nothing edits them.
/// </summary>
public sealed class AuditLog(ChatflowsDbContext db, TimeProvider time)
{
    /// <summary>Most entries one page of the audit log shows.</summary>
    public const int PageSize = 50;

    public async Task RecordAsync(Editor editor, string action, string chatflowId, string chatflowName, string? detail, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntryRecord
        {
            OccurredUtc = time.GetUtcNow().UtcDateTime,
            UserId = editor.UserId,
            UserName = Cut(editor.Name, 256),
            Action = action,
            ChatflowId = chatflowId,
            ChatflowName = Cut(chatflowName, 100),
            Detail = detail is null ? null : Cut(detail, 500),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first; <paramref name="chatflowId"/> narrows to one chatflow.</summary>
    public Task<List<AuditEntryRecord>> ListAsync(string? chatflowId, int page, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(chatflowId))
        {
            query = query.Where(e => e.ChatflowId == chatflowId);
        }

        return query.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
