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
    public async Task A_targeted_page_under_a_nonce_policy_gets_a_bootstrap_that_loads_the_loader_after_the_load_event(string path)
    {
        var assets = _host.Services.GetRequiredService<WidgetAssets>();

        using var response = await _http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var start = html.IndexOf($"<script type=\"module\" async nonce=\"{nonce}\">(function(d,n){{", StringComparison.Ordinal);
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        Assert.True(start > 0);
        var bootstrap = html[start..end];
        Assert.EndsWith($"(document,'{nonce}')</script>", bootstrap, StringComparison.Ordinal);
        Assert.Contains($"s.src='/chatflows/widget/{assets.LoaderFile}'", bootstrap, StringComparison.Ordinal);
        Assert.Contains($"'data-widget','/chatflows/widget/{assets.WidgetFile}'", bootstrap, StringComparison.Ordinal);
        Assert.Contains("addEventListener('load'", bootstrap, StringComparison.Ordinal);
        Assert.DoesNotContain("continue-only", bootstrap, StringComparison.Ordinal);
        Assert.Single(LoaderTag().Matches(html));
        Assert.Equal(response.Content.Headers.ContentLength, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Every_page_answer_gets_a_fresh_nonce()
    {
        using var first = await _http.GetAsync("/pricing");
        using var second = await _http.GetAsync("/pricing");

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("{nonce}", first.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_without_a_nonce_gets_the_async_loader_tag_because_inline_scripts_would_be_refused()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Security:SiteContentSecurityPolicy"] = "default-src 'self'",
        });
        var assets = host.Services.GetRequiredService<WidgetAssets>();

        var html = await host.CreateClient().GetStringAsync("/pricing");

        var tag = $"<script async src=\"/chatflows/widget/{assets.LoaderFile}\" data-widget=\"/chatflows/widget/{assets.WidgetFile}\"></script>";
        Assert.Equal(html.LastIndexOf("</body>", StringComparison.Ordinal) - tag.Length, html.IndexOf(tag, StringComparison.Ordinal));
        Assert.DoesNotContain("(function(d,n)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_any_policy_gets_the_bootstrap_without_a_nonce()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Security:SiteContentSecurityPolicy"] = "",
        });

        using var response = await host.CreateClient().GetAsync("/pricing");
        var html = await response.Content.ReadAsStringAsync();

        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Contains("<script type=\"module\" async>(function(d,n){", html, StringComparison.Ordinal);
        Assert.Contains("(document,'')</script>", html, StringComparison.Ordinal);
        Assert.Single(LoaderTag().Matches(html));
    }

    [Fact]
    public async Task A_page_no_chatflow_targets_gets_only_a_bootstrap_that_waits_for_a_chat_the_tab_started()
    {
        var html = await _http.GetStringAsync("/privacy");

        var bootstrap = html[html.IndexOf("(function(d,n){", StringComparison.Ordinal)..html.LastIndexOf("</body>", StringComparison.Ordinal)];
        Assert.Contains("try{k=sessionStorage.getItem('chatflows')||location.hash.indexOf('chatflows-resume=')>=0}catch(e){}if(!k)return;", bootstrap, StringComparison.Ordinal);
        Assert.Contains("s.setAttribute('data-continue-only','true')", bootstrap, StringComparison.Ordinal);
        Assert.Single(LoaderTag().Matches(html));
    }

    [Fact]
    public async Task Without_session_continuity_a_page_no_chatflow_targets_gets_nothing()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Widget:SessionContinuity"] = "false",
        });

        Assert.DoesNotMatch(LoaderTag(), await host.CreateClient().GetStringAsync("/privacy"));
        Assert.DoesNotContain("continue-only", await host.CreateClient().GetStringAsync("/pricing"), StringComparison.Ordinal);
    }

    [Theory]
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
    public async Task A_fixed_nonce_in_the_pages_policy_is_put_on_the_bootstrap()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Security:SiteContentSecurityPolicy"] = "default-src 'self'; script-src 'self' 'nonce-r4nd0m+/='",
        });

        var html = await host.CreateClient().GetStringAsync("/pricing");

        Assert.Contains("<script type=\"module\" async nonce=\"r4nd0m+/=\">(function(d,n){", html, StringComparison.Ordinal);
        Assert.EndsWith("</script></body>", html[..(html.LastIndexOf("</body>", StringComparison.Ordinal) + 7)], StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        _http = _host.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The async tag's src or the bootstrap's: either way the page names the loader once.
    [GeneratedRegex("/chatflows/widget/loader\\.")]
    private static partial Regex LoaderTag();
}
