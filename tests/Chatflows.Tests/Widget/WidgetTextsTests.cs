using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Widget;

/// <summary>
/// Issue 23: the widget's words as one fingerprinted file per language, and a language a site adds with a
/// file of its own (Chatflows:Texts:Folder) reaching the validator, the widget configuration and the widget.
/// </summary>
public sealed class WidgetTextsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflows-texts-").FullName;
    private ChatflowsFactory _host = null!;
    private HttpClient _http = null!;

    [Fact]
    public async Task A_language_added_by_a_file_alone_is_published_and_reaches_the_widget_with_English_for_what_it_lacks()
    {
        await PublishFirstAsync(_host, Flow("pt-bot", "Olá!", Action("hi", "sendMessage", new { text = "Olá" })) with { Language = "pt" });

        using var config = JsonDocument.Parse(await _http.GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/loja")}"));
        var root = config.RootElement;
        var pt = root.GetProperty("texts").GetProperty("pt");
        using var file = await GetAsync($"/chatflows/widget/{pt.GetProperty("file").GetString()}", "br");
        using var texts = JsonDocument.Parse(Decompress(await file.Content.ReadAsByteArrayAsync()));

        Assert.Equal("pt-bot", root.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.Equal(["pt"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Abrir conversa", pt.GetProperty("openChat").GetString());
        Assert.Equal("ltr", pt.GetProperty("dir").GetString());
        Assert.Equal("Enviar", texts.RootElement.GetProperty("send").GetString());
        Assert.Equal("Your message", texts.RootElement.GetProperty("message").GetString());
        Assert.Equal("public, max-age=31536000, immutable", file.Headers.CacheControl?.ToString());
        Assert.Equal("application/json; charset=utf-8", file.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_Arabic_texts_say_right_to_left_and_keep_their_letters_unescaped()
    {
        var file = _host.Services.GetRequiredService<WidgetTexts>().For(["ar"])["ar"];

        using var response = await GetAsync($"/chatflows/widget/{file.File}", "gzip");
        var json = await new StreamReader(new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress)).ReadToEndAsync();

        Assert.Equal("rtl", file.Dir);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("\"dir\":\"rtl\"", json, StringComparison.Ordinal);
        Assert.Contains("\"send\":\"إرسال\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_loader_the_widget_and_the_largest_language_stay_within_16_KB_brotli()
    {
        var assets = _host.Services.GetRequiredService<WidgetAssets>();
        var texts = _host.Services.GetRequiredService<WidgetTexts>().For(["en", "nl", "de", "fr", "es", "ar"]);

        var loader = await BrotliSizeAsync(assets.LoaderFile);
        var widget = await BrotliSizeAsync(assets.WidgetFile);
        var largest = 0;
        foreach (var language in texts.Values)
        {
            largest = Math.Max(largest, await BrotliSizeAsync(language.File));
        }

        Assert.True(loader + widget + largest <= 16_384, $"loader {loader} + widget {widget} + texts {largest} B brotli");
    }

    [Fact]
    public async Task A_texts_file_of_an_unknown_name_is_not_found()
    {
        using var response = await GetAsync("/chatflows/widget/texts-nl.00000000.json", "br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "pt.json"), """
            { "name": "Português", "widget": { "openChat": "Abrir conversa", "send": "Enviar" } }
            """);
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Texts:Folder"] = _folder });
        _http = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<int> BrotliSizeAsync(string file)
    {
        using var response = await GetAsync($"/chatflows/widget/{file}", "br");
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await _http.SendAsync(request);
    }

    private static byte[] Decompress(byte[] brotli)
    {
        using var input = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
