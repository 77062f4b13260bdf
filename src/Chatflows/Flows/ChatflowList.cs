using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>The chatflow list (C1, P1): every chatflow with its state and how busy it was in the last 7 days.</summary>
public sealed class ChatflowList(ChatflowsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ChatflowListRow>> ListAsync(CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-7);
        var counts = await db.Conversations.AsNoTracking()
            .Where(c => !c.IsPreview && c.StartedUtc >= since)
            .GroupBy(c => c.ChatflowId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var flows = await db.Chatflows.AsNoTracking()
            .OrderBy(c => c.Priority).ThenBy(c => c.CreatedUtc)
            .Select(c => new
            {
                c.Id, c.Name, c.Language, c.Binding, c.Enabled, Published = c.PublishedJson != null,
                Changed = c.PublishedJson == null || c.PublishedJson != c.DraftJson, c.PublishedUtc, c.PublishedBy, c.Priority,
            })
            .ToListAsync(cancellationToken);
        return [.. flows.Select(c => new ChatflowListRow(
            c.Id, c.Name, c.Language, c.Binding, c.Enabled, c.Published, c.Published && c.Changed,
            c.PublishedUtc, c.PublishedBy, counts.GetValueOrDefault(c.Id), c.Priority))];
    }
}
