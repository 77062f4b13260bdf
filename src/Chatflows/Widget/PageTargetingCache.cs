using System.Collections.Concurrent;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Widget;

/// <summary>
/// The live chatflows' targeting rules, kept in memory for the page injection so a page costs no
/// database query (the injection must not slow the site). Rebuilt when this process publishes or
/// switches a chatflow (<see cref="ChatflowChanges"/>), and at most <see cref="MaxAge"/> after a change
/// made by another node. Only "does any chatflow target this page" is answered here; which one wins
/// is the widget API's question, asked fresh by the loader.
/// </summary>
internal sealed class PageTargetingCache(IServiceScopeFactory scopes, ChatflowChanges changes, TimeProvider time) : IDisposable
{
    /// <summary>How long another node's publication may go unnoticed by this one.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    // Bounds the memory a crawler's endless distinct addresses can take; later pages are evaluated each time.
    private const int MaxRememberedPages = 4096;

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>
    /// Whether any live chatflow targets the page. <paramref name="key"/> names the page and device
    /// exactly (address with query, device): the answers for the busiest pages are remembered until
    /// the rules change, so a hot page does not parse its address or evaluate the rules again.
    /// </summary>
    public async Task<bool> IsTargetedAsync(string key, Func<PageVisit> visit, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || IsStale(snapshot))
        {
            snapshot = await RebuildAsync(cancellationToken);
        }

        if (snapshot.Answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var targeted = TargetingEvaluator.Instance.PickWinner(snapshot.Candidates, visit()) is not null;
        if (snapshot.Answers.Count < MaxRememberedPages)
        {
            snapshot.Answers.TryAdd(key, targeted);
        }

        return targeted;
    }

    private bool IsStale(Snapshot snapshot) =>
        snapshot.Version != changes.Version || time.GetUtcNow() - snapshot.BuiltUtc > MaxAge;

    private async Task<Snapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        // One rebuild at a time: a burst of page requests after a publication reads the database once.
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } current && !IsStale(current))
            {
                return current;
            }

            var version = changes.Version;
            var builtUtc = time.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            var live = await db.Chatflows.AsNoTracking()
                .Where(c => c.Enabled && c.PublishedJson != null)
                .Select(c => new { c.Id, c.PublishedJson, c.Priority, c.CreatedUtc })
                .ToListAsync(cancellationToken);
            var candidates = live.Select(c => new TargetCandidate(c.Id, FlowJson.Deserialize(c.PublishedJson!).Targeting, c.Priority, c.CreatedUtc)).ToList();
            var snapshot = new Snapshot(candidates, version, builtUtc, new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    private sealed record Snapshot(IReadOnlyList<TargetCandidate> Candidates, long Version, DateTimeOffset BuiltUtc, ConcurrentDictionary<string, bool> Answers);
}
