using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// The embed snippet (W9) on another website: a second Kestrel on another 127.0.0.1 port, whose origin
/// the host allows. Also single-page sites that change routes without loading a page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetEmbedTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_embed_snippet_on_another_origin_shows_and_runs_the_widget()
    {
        var query = new Uri(fixture.BaseAddress, await WidgetTestFlows.PublishAsync(fixture.Host, "embed")).Query;
        var page = fixture.OtherSite.Serve("/shop", Html("Shop", Snippet()));
        var (browser, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(browser);
        List<string> apiCalls = [];
        browser.Request += (_, request) => { if (request.Url.Contains("/chatflows/api/", StringComparison.Ordinal)) apiCalls.Add(request.Url); };

        await browser.GotoAsync(page + query);
        await widget.Launcher.ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        Assert.StartsWith(fixture.OtherSite.Origin.GetLeftPart(UriPartial.Authority), browser.Url, StringComparison.Ordinal);
        Assert.All(apiCalls, url => Assert.StartsWith(fixture.BaseAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Contains(apiCalls, url => url.Contains("/chatflows/api/widget?url=" + Uri.EscapeDataString(page + query), StringComparison.Ordinal));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Under_a_nonce_policy_with_strict_dynamic_the_snippet_runs_without_a_violation()
    {
        var query = new Uri(fixture.BaseAddress, await WidgetTestFlows.PublishAsync(fixture.Host, "nonce")).Query;
        var chatflows = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        var page = fixture.OtherSite.Serve("/strict", Html("Strict", Snippet("nonce=\"c2VjcmV0LW5vbmNl\"")), new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = $"default-src 'self'; script-src 'nonce-c2VjcmV0LW5vbmNl' 'strict-dynamic'; connect-src {chatflows}; " +
                $"img-src {chatflows} data:; style-src 'self'; object-src 'none'; base-uri 'none'",
        });
        var (browser, consoleErrors) = await fixture.NewPageAsync();
        await CspViolations.WatchAsync(browser);
        var widget = new ChatWidget(browser);

        await browser.GotoAsync(page + query + "#chat-open");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        Assert.Empty(await CspViolations.ReadAsync(browser));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_single_page_site_gets_the_widget_only_on_routes_a_chatflow_targets()
    {
        var query = new Uri(fixture.BaseAddress, await WidgetTestFlows.PublishAsync(fixture.Host, "spa")).Query;
        var app = fixture.OtherSite.Serve("/app", Html("App", Snippet()));
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(app + query);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);

        await page.EvaluateAsync("() => history.pushState({}, '', '/privacy')");
        await Expect(widget.Launcher).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = WidgetTestFlows.Welcome })).ToHaveCountAsync(0);
        await page.GoBackAsync(); // popstate
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await page.EvaluateAsync("() => history.replaceState({}, '', '/privacy')");
        await Expect(widget.Launcher).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        // A router that kept the original pushState bypasses the loader's watch; it calls refresh() itself.
        await page.EvaluateAsync($"() => {{ History.prototype.pushState.call(history, {{}}, '', '/app{query}'); Chatflows.refresh(); }}");
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await widget.Launcher.ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await page.EvaluateAsync("() => history.pushState({}, '', '/privacy')");
        await page.WaitForTimeoutAsync(500);

        await Expect(widget.Panel).ToBeVisibleAsync(); // an open conversation is never pulled away
        Assert.Equal(1, await page.Locator("chatflows-launcher").CountAsync());
        Assert.Empty(consoleErrors);
    }

    private string Snippet(string attributes = "") =>
        $"<script async src=\"{new Uri(fixture.BaseAddress, "/chatflows/embed.js")}\" {attributes}></script>";

    private static string Html(string title, string snippet) =>
        $"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main><h1>{title}</h1><p>Another website.</p></main>{snippet}</body></html>""";
}
