using Chatflows.Channel;
using Chatflows.Core.Channel;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Setup;

public sealed class StartupTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fresh_database_is_migrated_and_gets_the_demo_recipe(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var client = host.CreateClient();

        var home = await client.GetStringAsync("/");
        var health = await client.GetStringAsync("/chatflows/health");

        Assert.Contains("Ledgerly", home, StringComparison.Ordinal);
        Assert.Contains("\"chatflows-database\":{\"status\":\"Healthy\"", health, StringComparison.Ordinal);
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(["demo"], await db.RecipeExecutions.Select(r => r.RecipeName).ToListAsync());
            var channel = await services.GetRequiredService<ChannelSettingsStore>().GetAsync(CancellationToken.None);
            Assert.Equal("Ledgerly", channel.Settings.HeadingName);
            Assert.Equal("#0f766e", channel.Settings.AccentColor);
            var agent = await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("joris@ledgerly.example");
            Assert.NotNull(agent);
            Assert.Equal("Joris Bakker", agent.DisplayName);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Second_start_does_not_apply_the_recipe_again(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider);
        await using (var first = new ChatflowsFactory(database, ownsDatabase: false))
        {
            await first.InScopeAsync(async services =>
            {
                var store = services.GetRequiredService<ChannelSettingsStore>();
                var current = await store.GetAsync(CancellationToken.None);
                var saved = await store.SaveAsync(current.Settings with { HeadingName = "Changed by an editor" }, current.Version, CancellationToken.None);
                Assert.True(saved.Succeeded);
            });
        }

        await using var second = new ChatflowsFactory(database);

        var heading = await second.InScopeAsync(async services =>
            (await services.GetRequiredService<ChannelSettingsStore>().GetAsync(CancellationToken.None)).Settings.HeadingName);
        var executions = await second.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().RecipeExecutions.CountAsync());

        Assert.Equal("Changed by an editor", heading);
        Assert.Equal(1, executions);
    }
}
