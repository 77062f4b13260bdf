using Chatflows.Channel;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Channel;

public sealed class ChannelSettingsStoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Second_editor_saving_an_old_version_gets_a_conflict_and_overwrites_nothing(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var loaded = await host.InScopeAsync(s => s.GetRequiredService<ChannelSettingsStore>().GetAsync(CancellationToken.None));

        var first = await host.InScopeAsync(s => s.GetRequiredService<ChannelSettingsStore>()
            .SaveAsync(loaded.Settings with { HeadingName = "First editor" }, loaded.Version, CancellationToken.None));
        var second = await host.InScopeAsync(s => s.GetRequiredService<ChannelSettingsStore>()
            .SaveAsync(loaded.Settings with { HeadingName = "Second editor" }, loaded.Version, CancellationToken.None));
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChannelSettingsStore>().GetAsync(CancellationToken.None));

        Assert.True(first.Succeeded);
        Assert.True(second.IsConflict);
        Assert.Equal("First editor", stored.Settings.HeadingName);
        Assert.Equal(first.Version, stored.Version);
    }

    [Fact]
    public async Task Invalid_settings_are_not_saved()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var result = await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            var current = await store.GetAsync(CancellationToken.None);
            return await store.SaveAsync(current.Settings with { AvatarUrl = "javascript:alert(1)" }, current.Version, CancellationToken.None);
        });

        Assert.False(result.Succeeded);
        Assert.Equal("avatarUrl", Assert.Single(result.Errors).Field);
    }
}
