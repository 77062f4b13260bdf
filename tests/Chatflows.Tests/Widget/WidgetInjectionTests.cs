using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Widget;

public sealed partial class WidgetInjectionTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private HttpClient _http = null!;

    [Theory]
    [InlineData("/")]
    [InlineData("/pricing")]
    public async Task A_targeted_page_gets_the_loader_right_before_the_end_of_its_body(string path)
    {
        var assets = _host.Services.GetRequiredService<WidgetAssets>();

        using var response = await _http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tag = $"<script async src=\"/chatflows/widget/{assets.LoaderFile}\" data-widget=\"/chatflows/widget/{assets.WidgetFile}\"></script>";
        Assert.Equal(html.LastIndexOf("</body>", StringComparison.Ordinal) - tag.Length, html.IndexOf(tag, StringComparison.Ordinal));
        Assert.Single(LoaderTag().Matches(html));
        Assert.Equal(response.Content.Headers.ContentLength, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/admin/account/login")]
    [InlineData("/no-such-page")]
    public async Task Excluded_module_and_error_pages_get_no_loader(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotMatch(LoaderTag(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Non_html_answers_stream_through_untouched()
    {
        using var css = await _http.GetAsync("/theme/site.css");
        using var api = await _http.GetAsync("/chatflows/api/widget?url=http://localhost/pricing");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.DoesNotMatch(LoaderTag(), await css.Content.ReadAsStringAsync());
        Assert.DoesNotMatch(LoaderTag(), await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_nonce_in_the_pages_policy_is_put_on_the_loader_tag()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Security:SiteContentSecurityPolicy"] = "default-src 'self'; script-src 'self' 'nonce-r4nd0m+/='",
        });

        var html = await host.CreateClient().GetStringAsync("/pricing");

        Assert.Contains("nonce=\"r4nd0m+/=\"></script></body>", html, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        _http = _host.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [GeneratedRegex("<script[^>]+/chatflows/widget/loader\\.")]
    private static partial Regex LoaderTag();
}
