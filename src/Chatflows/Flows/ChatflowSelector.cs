using Chatflows.Core.Engine;
using Chatflows.Core.Targeting;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>
/// Which chatflow, if any, shows on a page (T1–T6, P1): only published, switched-on chatflows take part,
/// exclusions always win, and several matches have one deterministic winner.
/// </summary>
public sealed class ChatflowSelector(ChatflowsDbContext db, PublishedFlows flows)
{
    public async Task<CompiledFlow?> SelectAsync(PageVisit visit, string chatName, CancellationToken cancellationToken)
    {
        var live = await db.Chatflows.AsNoTracking()
            .Where(c => c.Enabled && c.PublishedJson != null)
            .Select(c => new { c.Id, c.PublishedVersion, c.Priority, c.CreatedUtc })
            .ToListAsync(cancellationToken);
        Dictionary<string, CompiledFlow> compiled = new(StringComparer.Ordinal);
        foreach (var candidate in live)
        {
            compiled[candidate.Id] = await flows.PublishedAsync(candidate.Id, candidate.PublishedVersion, chatName, () =>
                db.Chatflows.Where(c => c.Id == candidate.Id).Select(c => c.PublishedJson!).SingleAsync(cancellationToken));
        }

        var winner = TargetingEvaluator.Instance.PickWinner(
            live.Select(c => new TargetCandidate(c.Id, compiled[c.Id].Flow.Targeting, c.Priority, c.CreatedUtc)), visit);
        return winner is null ? null : compiled[winner.ChatflowId];
    }

    /// <summary>
    /// The published chatflow a conversation already runs, whatever the page's targeting says: a visitor who
    /// follows a link mid-conversation keeps talking to the same bot (DESIGN "A visit, not a page").
    /// </summary>
    public async Task<CompiledFlow?> ContinueAsync(string chatflowId, string chatName, CancellationToken cancellationToken)
    {
        var live = await db.Chatflows.AsNoTracking().Where(c => c.Id == chatflowId && c.PublishedJson != null)
            .Select(c => new { c.Id, c.PublishedVersion }).SingleOrDefaultAsync(cancellationToken);
        return live is null ? null : await flows.PublishedAsync(live.Id, live.PublishedVersion, chatName, () =>
            db.Chatflows.Where(c => c.Id == live.Id).Select(c => c.PublishedJson!).SingleAsync(cancellationToken));
    }
}
