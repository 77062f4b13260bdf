using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Audit;

/// <summary>Reading the audit log (#8 item 7, #17), a page at a time.</summary>
public sealed class AuditQueries(ChatflowsDbContext db)
{
    /// <summary>Most entries one page of the audit log shows.</summary>
    public const int PageSize = 50;

    /// <summary>Newest first, only <paramref name="actions"/> (see <see cref="AuditVisibility"/>); <paramref name="chatflowId"/> narrows to one chatflow.</summary>
    public async Task<AuditPage> PageAsync(string? chatflowId, IReadOnlyList<string> actions, int page, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => actions.Contains(e.Action));
        if (!string.IsNullOrEmpty(chatflowId))
        {
            query = query.Where(e => e.ChatflowId == chatflowId);
        }

        // One more than a page says whether an older page exists without counting them all.
        var entries = await query.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new AuditEntry(e.OccurredUtc, e.UserName, e.Action, e.ChatflowId, e.ChatflowName, e.Detail))
            .ToListAsync(cancellationToken);
        return new AuditPage([.. entries.Take(PageSize)], entries.Count > PageSize);
    }
}
