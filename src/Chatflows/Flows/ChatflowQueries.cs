using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>Reading one chatflow for its admin pages: the draft with its header facts, its published versions, its conversations.</summary>
public sealed class ChatflowQueries(ChatflowsDbContext db)
{
    public async Task<ChatflowDraft?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Chatflows.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } record
            ? new ChatflowDraft(
                record.Id, record.Name, FlowJson.Deserialize(record.DraftJson), record.DraftVersion, record.PublishedJson is not null,
                record.PublishedJson is not null && record.PublishedJson != record.DraftJson, record.Enabled, record.PublishedVersion,
                record.Priority, record.UpdatedUtc, record.UpdatedBy)
            : null;

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<ChatflowVersionRow>> VersionsAsync(string id, CancellationToken cancellationToken) =>
        await db.ChatflowVersions.AsNoTracking().Where(v => v.ChatflowId == id).OrderByDescending(v => v.Version)
            .Select(v => new ChatflowVersionRow(v.Version, v.PublishedUtc, v.PublishedBy, v.Note)).ToListAsync(cancellationToken);

    /// <summary>Conversations visitors had with it (previews do not count): any at all keep it from being deleted.</summary>
    public Task<int> ConversationCountAsync(string id, CancellationToken cancellationToken) =>
        db.Conversations.CountAsync(c => c.ChatflowId == id && !c.IsPreview, cancellationToken);
}
