using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.KnowledgeBase;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>A chatflow that names a knowledge base that does not exist: a warning in the draft, an error on publish (C3).</summary>
public sealed class MissingKnowledgeBaseTests
{
    private static readonly Chatflow Searching = Flow("searching", "Hi",
        Action("search", "searchKnowledgeBase", new { prompt = "What are you looking for?" })) with
    {
        KnowledgeBase = new KnowledgeBaseSettings(true, "no-such-kb"),
    };

    [Fact]
    public async Task Missing_knowledge_base_in_the_settings_warns_in_the_draft_and_blocks_publishing()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var (draft, publish) = await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            Assert.True((await store.CreateOrReplaceAsync(Searching, default)).Succeeded);
            return (s.GetRequiredService<FlowValidator>().Validate(Searching), await store.PublishAsync("searching", default));
        });

        Assert.Contains(draft, f => f is { Code: "knowledgeBase.missing", Severity: FindingSeverity.Warning, ActionId: null });
        Assert.False(publish.Published);
        Assert.Contains(publish.Findings, f => f is { Code: "knowledgeBase.missing", Severity: FindingSeverity.Error, Field: "knowledgeBase.knowledgeBaseId" });
    }

    [Fact]
    public async Task Missing_knowledge_base_in_an_action_is_reported_on_that_action()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var flow = Searching with
        {
            KnowledgeBase = new KnowledgeBaseSettings(true, "ledgerly-en"),
            Actions = [Action("search", "searchKnowledgeBase", new { prompt = "What?", knowledgeBaseId = "gone" })],
        };

        var findings = await host.InScopeAsync(s => Task.FromResult(s.GetRequiredService<FlowValidator>().ValidateForPublish(flow)));

        Assert.Equal("search", Assert.Single(findings, f => f.Code == "knowledgeBase.missing").ActionId);
    }

    [Fact]
    public async Task Knowledge_base_created_later_clears_the_finding()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(Searching, default));

        await host.InScopeAsync(s => s.GetRequiredService<KnowledgeBases>().CreateAsync("no-such-kb", "Now it exists", "en", default));
        var publish = await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().PublishAsync("searching", default));

        Assert.True(publish.Published, string.Join("; ", publish.Findings.Select(f => f.Message)));
    }
}
