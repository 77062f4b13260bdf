using System.Diagnostics;
using Chatflows.KnowledgeBase;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own in-memory index: what an editor changes on
/// node A becomes searchable (or disappears) on node B within seconds (DESIGN "Storage and scale").
/// </summary>
public sealed class MultiNodeIndexTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastFollow = new() { ["Chatflows:KnowledgeBase:SyncInterval"] = "00:00:00.200" };
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private ChatflowsFactory _a = null!;
    private ChatflowsFactory _b = null!;

    [Fact]
    public async Task Article_created_on_one_node_is_found_on_the_other()
    {
        var saved = await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SaveAsync(
            new ArticleInput("ledgerly-en", "en", "narwhal-tusks", "Narwhal tusk invoicing", "How to invoice narwhal tusks.", "invoices-quotes"), default));
        Assert.True(saved.Succeeded);

        Assert.True(await EventuallyAsync(_b, "narwhal", found: true), "node B never found the article written on node A");
    }

    [Fact]
    public async Task Edits_unpublishing_and_deleting_on_one_node_reach_the_other()
    {
        var article = (await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().FindAsync("ledgerly-en", "en", "send-an-invoice", default)))!;
        Assert.NotEmpty(await SearchAsync(_b, "invoice"));

        await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().UpdateAsync(article.Id, new ArticleInput(
            "ledgerly-en", "en", "send-an-invoice", "Send a platypus invoice", "Platypus billing.", "invoices-quotes", ExpectedVersion: article.Version), default));
        var edited = await EventuallyAsync(_b, "platypus", found: true);
        await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SetPublishedAsync(article.Id, false, default));
        var unpublished = await EventuallyAsync(_b, "platypus", found: false);
        await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SetPublishedAsync(article.Id, true, default));
        var republished = await EventuallyAsync(_b, "platypus", found: true);
        await _a.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().DeleteAsync(article.Id, default));
        var deleted = await EventuallyAsync(_b, "platypus", found: false);

        Assert.True(edited, "the edit did not reach node B");
        Assert.True(unpublished, "the unpublished article stayed searchable on node B");
        Assert.True(republished, "the republished article did not come back on node B");
        Assert.True(deleted, "the deleted article stayed searchable on node B");
    }

    private static async Task<bool> EventuallyAsync(ChatflowsFactory node, string q, bool found)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Within)
        {
            if ((await SearchAsync(node, q)).Count > 0 == found)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(ChatflowsFactory node, string q)
    {
        var body = await VisitorClient.BodyAsync(await node.CreateClient().GetAsync($"/chatflows/api/kb/search?q={q}&lang=en&kb=ledgerly-en"));
        return [.. body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)];
    }

    public async Task InitializeAsync()
    {
        _a = await ChatflowsFactory.StartAsync(DatabaseProvider.Postgres, settings: FastFollow);
        _b = await SecondNodeAsync(_a.Database);
    }

    private static async Task<ChatflowsFactory> SecondNodeAsync(TestDatabase database)
    {
        var node = new ChatflowsFactory(database, settings: FastFollow, ownsDatabase: false);
        await Task.Run(() => node.Services);
        return node;
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }
}
