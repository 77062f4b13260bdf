using System.Net;
using System.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Widget;

public sealed class WidgetEndpointsTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private HttpClient _http = null!;
    private WidgetAssets _assets = null!;

    [Fact]
    public async Task The_loader_is_served_brotli_compressed_within_4_KB_and_cached_for_a_year()
    {
        using var response = await GetAsync($"/chatflows/widget/{_assets.LoaderFile}", "gzip, deflate, br");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(bytes.Length <= 4096, $"The loader is {bytes.Length} bytes brotli.");
        Assert.Contains(_assets.WidgetFile, Encoding.UTF8.GetString(Decompress(bytes)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("", null)]
    public async Task The_widget_is_served_in_an_encoding_the_browser_accepts(string acceptEncoding, string? expected)
    {
        using var response = await GetAsync($"/chatflows/widget/{_assets.WidgetFile}", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    [Theory]
    [InlineData("/chatflows/widget/loader.00000000.js")]
    [InlineData("/chatflows/widget/manifest.json")]
    public async Task Unknown_files_are_not_found(string path)
    {
        using var response = await GetAsync(path, "br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_embed_address_serves_the_current_loader_with_a_short_cache()
    {
        using var embed = await GetAsync("/chatflows/embed.js", "");
        using var loader = await GetAsync($"/chatflows/widget/{_assets.LoaderFile}", "");

        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(300), embed.Headers.CacheControl?.MaxAge);
        Assert.Equal(await loader.Content.ReadAsByteArrayAsync(), await embed.Content.ReadAsByteArrayAsync());
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        // No automatic decompression: the test looks at the bytes on the wire.
        _http = _host.CreateClient();
        _assets = _host.Services.GetRequiredService<WidgetAssets>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await _http.SendAsync(request);
    }

    private static byte[] Decompress(byte[] brotli)
    {
        using var input = new System.IO.Compression.BrotliStream(new MemoryStream(brotli), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
