using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.References;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.PickLists;

/// <summary>
/// Which published chatflows name a team, user, meeting type or survey, so deleting one warns with the chatflows
/// named before visitors are handed to nobody. Drafts are not counted: publishing checks them again.
/// </summary>
public sealed class ReferenceUsage(ChatflowsDbContext db, ActionCatalog catalog)
{
    public async Task<IReadOnlyList<ChatflowUse>> PublishedUsingAsync(ReferenceKind kind, string id, CancellationToken cancellationToken)
    {
        var published = await db.Chatflows.AsNoTracking().Where(c => c.PublishedJson != null)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, Json = c.PublishedJson! }).ToListAsync(cancellationToken);
        List<ChatflowUse> uses = [];
        foreach (var chatflow in published)
        {
            var where = FlowReferences.Of(FlowJson.Deserialize(chatflow.Json), catalog)
                .Where(r => r.Kind == kind && r.Id == id)
                .Select(r => r.ActionId is null ? r.Field : $"{r.ActionId} · {r.Field}")
                .Distinct(StringComparer.Ordinal).ToList();
            if (where.Count > 0)
            {
                uses.Add(new ChatflowUse(chatflow.Id, chatflow.Name, where));
            }
        }

        return uses;
    }
}
