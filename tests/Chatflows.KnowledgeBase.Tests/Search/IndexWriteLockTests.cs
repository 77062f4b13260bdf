using Chatflows.KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase.Tests.Search;

/// <summary>Two hosts on one index folder (a restart in place): the second waits for the first, it never wipes its articles.</summary>
public sealed class IndexWriteLockTests
{
    [Fact]
    public async Task An_index_still_held_by_a_closing_host_is_waited_for_and_kept_whole()
    {
        var folder = Directory.CreateTempSubdirectory("chatflows-lock").FullName;
        try
        {
            var first = OnDisk(folder);
            first.Upsert(TestIndex.Article("invoice", "Send an invoice", "How to send an invoice."));
            Assert.Equal(1, first.Count("en"));

            var closing = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                first.Dispose();
            });
            using var second = OnDisk(folder);

            Assert.Equal(1, second.Count("en"));
            Assert.False(second.WasCorrupt("en"));
            Assert.Equal(["invoice"], second.Slugs("invoice"));
            await closing;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LuceneKnowledgeIndex OnDisk(string folder) =>
        new(Options.Create(new KnowledgeIndexOptions { IndexPath = folder }));
}
