using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Search;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>Every change an editor makes is searchable (or gone) as soon as it is saved.</summary>
public sealed class KnowledgeArticlesTests
{
    private static readonly ArticleInput Draft = new("ledgerly-en", "en", "refunds", "Refund a customer", "Make a **credit invoice** for the amount.", "invoices-quotes", ["refund"]);

    [Fact]
    public async Task Index_follows_publish_edit_unpublish_and_delete_at_once()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var index = host.Services.GetRequiredService<LuceneKnowledgeIndex>();
        IReadOnlyList<string> Find(string q) => [.. index.Search("ledgerly-en", "en", q, 10).Select(r => r.Slug)];

        await Save(host, Draft with { Published = false });
        Assert.DoesNotContain("refunds", Find("refund"));

        await Save(host, Draft);
        Assert.Contains("refunds", Find("refund"));

        await Save(host, Draft with { Title = "Give money back", Body = "Make a credit invoice.", Tags = [] });
        Assert.DoesNotContain("refunds", Find("refund"));
        Assert.Contains("refunds", Find("money back"));

        var id = (await host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().FindAsync("ledgerly-en", "en", "refunds", CancellationToken.None)))!.Id;
        await host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SetPublishedAsync(id, false, CancellationToken.None));
        Assert.DoesNotContain("refunds", Find("money back"));

        await host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SetPublishedAsync(id, true, CancellationToken.None));
        Assert.Contains("refunds", Find("money back"));

        await host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().DeleteAsync(id, CancellationToken.None));
        Assert.DoesNotContain("refunds", Find("money back"));
    }

    [Fact]
    public async Task Saving_with_an_old_version_is_a_conflict()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var first = await Save(host, Draft);
        await Save(host, Draft with { Title = "Someone else's edit" });

        var stale = await Save(host, Draft with { Title = "Mine", ExpectedVersion = first.Version });

        Assert.True(stale.IsConflict);
    }

    [Fact]
    public async Task Articles_are_validated_field_by_field()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var result = await Save(host, new ArticleInput("ledgerly-en", "nl", "Bad Slug", "", "", "nope", ["a,b"]));

        Assert.Equal(["language", "slug", "title", "body", "tags", "category"], result.Errors.Select(e => e.Field));
    }

    private static Task<SaveResult> Save(ChatflowsFactory host, ArticleInput input) =>
        host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SaveAsync(input, CancellationToken.None));
}
