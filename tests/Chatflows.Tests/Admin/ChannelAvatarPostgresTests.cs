using System.Net;
using Chatflows.Channel;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin;

/// <summary>The avatar's bytes round-trip through PostgreSQL too (bytea), not only SQLite.</summary>
public sealed class ChannelAvatarPostgresTests : IAsyncLifetime
{
    private static readonly byte[] Gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray();

    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Gif_avatar_is_stored_and_served_on_postgresql()
    {
        var url = await _host.InScopeAsync(async s =>
        {
            var channel = s.GetRequiredService<ChannelSettingsStore>();
            var upload = await s.GetRequiredService<ChannelAvatars>().UploadAsync(Gif, (await channel.GetAsync(default)).Version, default);
            Assert.True(upload.Succeeded, upload.Error?.Message);
            return upload.Url!;
        });

        var served = await _host.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/gif", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Gif, await served.Content.ReadAsByteArrayAsync());
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Postgres);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
