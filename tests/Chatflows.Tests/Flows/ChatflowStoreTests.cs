using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Flows;

public sealed class ChatflowStoreTests
{
    private static readonly Chatflow Hello = Flow("hello", "Hello from version one!",
        Action("bye", "sendMessage", new { text = "Bye." }));

    [Fact]
    public async Task Editing_the_draft_does_not_change_what_visitors_get_until_published()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishAsync(host, Hello);

        await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var draft = await store.GetDraftAsync("hello", CancellationToken.None);
            var saved = await store.SaveDraftAsync(draft!.Value.Draft with { WelcomeMessage = "Hello from version two!" }, draft.Value.Version, CancellationToken.None);
            Assert.True(saved.Succeeded);
        });
        var beforePublish = await StartAsync(host);
        await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().PublishAsync("hello", CancellationToken.None));
        var afterPublish = await StartAsync(host);

        Assert.Equal("Hello from version one!", beforePublish);
        Assert.Equal("Hello from version two!", afterPublish);
    }

    [Fact]
    public async Task Publishing_a_flow_with_errors_is_refused_and_visitors_get_nothing()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var broken = Flow("broken", "Hi", Action("a", "sendMessage", new { text = "x" }, next: "missing"));

        var result = await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            await store.CreateOrReplaceAsync(broken, CancellationToken.None);
            return await store.PublishAsync("broken", CancellationToken.None);
        });
        var switchedOn = await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().SetEnabledAsync("broken", true, CancellationToken.None));
        var conversation = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>()
            .StartAsync(new StartConversation("broken", "visitor-1"), CancellationToken.None));

        Assert.False(result.Published);
        Assert.Contains(result.Findings, f => f.Code == "action.next" && f.ActionId == "a");
        Assert.False(switchedOn);
        Assert.Null(conversation);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_editors_saving_from_the_same_version_conflict_and_the_second_loses_nothing_silently(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await PublishAsync(host, Hello);
        var loaded = (await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().GetDraftAsync("hello", CancellationToken.None)))!.Value;

        var first = await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>()
            .SaveDraftAsync(loaded.Draft with { Name = "First editor" }, loaded.Version, CancellationToken.None));
        var second = await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>()
            .SaveDraftAsync(loaded.Draft with { Name = "Second editor" }, loaded.Version, CancellationToken.None));
        var stored = (await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().GetDraftAsync("hello", CancellationToken.None)))!.Value;

        Assert.True(first.Succeeded);
        Assert.True(second.IsConflict);
        Assert.Equal("First editor", stored.Draft.Name);
    }

    [Fact]
    public async Task An_invalid_targeting_pattern_is_refused_when_the_draft_is_saved()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var wild = new string('*', 11);
        var flow = Hello with
        {
            Targeting = new Core.Targeting.TargetingRules
            {
                Groups = [new Core.Targeting.FilterGroup { Rules = [new Core.Targeting.TargetRule { Kind = Core.Targeting.TargetRuleKind.WebsiteUrl, Operator = Core.Targeting.TargetOperator.MatchesPattern, Value = $"/a{wild}" }] }],
            },
        };

        var result = await host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.StartsWith("targeting.groups[0].rules[0]", Assert.Single(result.Errors).Field, StringComparison.Ordinal);
    }

    private static Task<string> StartAsync(ChatflowsFactory host) =>
        host.InScopeAsync(async s =>
        {
            var turn = await s.GetRequiredService<ConversationService>().StartAsync(new StartConversation("hello", "visitor-1"), CancellationToken.None);
            return turn!.Messages[0].Text;
        });
}
