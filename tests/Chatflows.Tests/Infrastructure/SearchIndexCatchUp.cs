using Chatflows.Inbox;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// Waits for SQLite's message-search index to take in every committed message (it follows them off the visitor's
/// turn, about once a second); PostgreSQL's index is inline, so there it returns at once. Polls with a generous cap:
/// how long it takes is never asserted, only that it happens.
/// </summary>
public static class SearchIndexCatchUp
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    public static async Task WaitAsync(ChatflowsFactory host)
    {
        var deadline = DateTime.UtcNow + Cap;
        while (await BehindAsync(host) is var behind and > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The message-search index was still {behind} messages behind after {Cap.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>How many committed messages the index has not taken in yet (0 on PostgreSQL).</summary>
    public static Task<int> BehindAsync(ChatflowsFactory host) => host.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        return db.Database.IsSqlite() ? MessageSearchIndex.BehindAsync(db, CancellationToken.None) : Task.FromResult(0);
    });
}
