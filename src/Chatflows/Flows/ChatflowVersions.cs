using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>The published versions of a chatflow, newest first, and the diff between two of them (P1).</summary>
public sealed class ChatflowVersions(ChatflowsDbContext db)
{
    public Task<List<ChatflowVersionRecord>> ListAsync(string chatflowId, CancellationToken cancellationToken) =>
        db.ChatflowVersions.AsNoTracking().Where(v => v.ChatflowId == chatflowId).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    /// <summary>What changed from version <paramref name="from"/> to <paramref name="to"/>; null when either does not exist.</summary>
    public async Task<IReadOnlyList<FlowChange>?> DiffAsync(string chatflowId, int from, int to, CancellationToken cancellationToken)
    {
        var versions = await db.ChatflowVersions.AsNoTracking()
            .Where(v => v.ChatflowId == chatflowId && (v.Version == from || v.Version == to))
            .ToDictionaryAsync(v => v.Version, v => v.Json, cancellationToken);
        return versions.TryGetValue(from, out var before) && versions.TryGetValue(to, out var after)
            ? ChatflowDiff.Compare(FlowJson.Deserialize(before), FlowJson.Deserialize(after))
            : null;
    }
}
