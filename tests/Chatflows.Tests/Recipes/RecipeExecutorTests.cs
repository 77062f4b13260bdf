using Chatflows.Channel;
using Chatflows.Recipes;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    private const string BrokenUsersRecipe = """
        { "steps": [
            { "name": "channel", "headingName": "Half applied" },
            { "name": "users", "users": [ { "email": "not-an-email", "displayName": "X", "roles": ["Agent"] } ] }
        ] }
        """;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Broken_recipe_is_refused_with_step_field_and_reason_and_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var usersBefore = await CountUsersAsync(host);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "broken", BrokenUsersRecipe));

        Assert.Equal(1, error.StepIndex);
        Assert.Equal("users", error.StepName);
        Assert.Equal("users[0].email", error.Field);
        Assert.Contains("e-mail", error.Reason, StringComparison.Ordinal);
        Assert.Contains("step 2 ('users'), field 'users[0].email'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Ledgerly", await HeadingAsync(host));
        Assert.Equal(usersBefore, await CountUsersAsync(host));
        Assert.False(await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().RecipeExecutions.AnyAsync(r => r.RecipeName == "broken")));
    }

    [Fact]
    public async Task Unknown_step_is_refused_before_anything_is_written()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "typo", """
            { "steps": [ { "name": "channel", "headingName": "Never" }, { "name": "chanel" } ] }
            """));

        Assert.Equal((1, "chanel", "name"), (error.StepIndex, error.StepName, error.Field));
        Assert.Contains("Known steps: channel, chatflows, knowledgeBase, meetings, sampleConversations, surveys, teams, tickets, users", error.Reason, StringComparison.Ordinal);
        Assert.Equal("Ledgerly", await HeadingAsync(host));
    }

    [Fact]
    public async Task Misspelled_field_is_refused_by_name()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "colour", """
            { "steps": [ { "name": "channel", "accentColour": "#000000" } ] }
            """));

        Assert.Equal("channel", error.StepName);
        Assert.Contains("accentColour", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_value_names_the_field_and_the_reason()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "red", """
            { "steps": [ { "name": "channel", "accentColor": "red" } ] }
            """));

        Assert.Equal(("accentColor", "Use a colour like #2f6feb."), (error.Field, error.Reason));
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_its_position()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "cut", """{ "steps": [ { "name": "channel" """));

        Assert.Equal(-1, error.StepIndex);
        Assert.Contains("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_is_applied_once_per_name()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        const string recipe = """{ "steps": [ { "name": "channel", "headingName": "Once" } ] }""";

        var first = await ApplyAsync(host, "once", recipe);
        await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            var current = await store.GetAsync(CancellationToken.None);
            await store.SaveAsync(current.Settings with { HeadingName = "Edited later" }, current.Version, CancellationToken.None);
        });
        var second = await ApplyAsync(host, "once", recipe);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("Edited later", await HeadingAsync(host));
    }

    [Fact]
    public async Task Users_step_updates_the_user_with_the_same_email_instead_of_duplicating()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var before = await CountUsersAsync(host);

        await ApplyAsync(host, "rename", """
            { "steps": [ { "name": "users", "users": [ { "email": "joris@ledgerly.example", "displayName": "Joris B.", "roles": ["Agent", "Editor"] } ] } ] }
            """);

        Assert.Equal(before, await CountUsersAsync(host));
        Assert.Equal("Joris B.", await host.InScopeAsync(s =>
            s.GetRequiredService<ChatflowsDbContext>().Users.Where(u => u.Email == "joris@ledgerly.example").Select(u => u.DisplayName).SingleAsync()));
    }

    [Theory]
    [InlineData("""{ "name": "sampleConversations", "chatflow": "nope" }""", "chatflow")]
    [InlineData("""{ "name": "sampleConversations", "chatflow": "concierge", "conversations": 0 }""", "conversations")]
    [InlineData("""{ "name": "sampleConversations", "chatflow": "concierge", "weeks": 13 }""", "weeks")]
    public async Task Sample_conversations_need_a_published_chatflow_and_bounded_numbers(string step, string field)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ApplyAsync(host, "samples", $$"""{ "steps": [ {{step}} ] }"""));

        Assert.Equal(("sampleConversations", field), (error.StepName, error.Field));
    }

    private static Task<bool> ApplyAsync(ChatflowsFactory host, string name, string json) =>
        host.InScopeAsync(s => s.GetRequiredService<RecipeExecutor>().ApplyAsync(name, json, CancellationToken.None));

    private static Task<string> HeadingAsync(ChatflowsFactory host) =>
        host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(CancellationToken.None)).Settings.HeadingName);

    private static Task<int> CountUsersAsync(ChatflowsFactory host) =>
        host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Users.CountAsync());
}
