using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>The loader's page API on a page the site builds itself, as a site developer would use it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetScriptApiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_page_with_its_own_Chatflows_global_keeps_it_and_drives_the_widget_through_ChatflowsWidget()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var assets = fixture.Host.Services.GetRequiredService<WidgetAssets>();
        // A page of the host's origin that is not part of the demo: the test serves it to the browser.
        await page.RouteAsync("**/developer-page", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html lang="en"><head><title>Developer page</title>
                <script>window.Chatflows = { mine: true }; window.seen = [];</script></head>
                <body><h1>Our own app</h1>
                <script src="/chatflows/widget/{{assets.LoaderFile}}" data-delay-load="true"></script>
                <script>ChatflowsWidget.on('open', () => seen.push('open')); ChatflowsWidget.on('close', () => seen.push('close'));</script>
                </body></html>
                """,
        }));
        await page.GotoAsync("/developer-page");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("chatflows-launcher")).ToHaveCountAsync(0);

        await page.EvaluateAsync("() => { ChatflowsWidget.load(); ChatflowsWidget.open(); }");
        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.Text("What can I help you with?")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => ChatflowsWidget.close()");

        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.Chatflows.mine === true"));
        Assert.Equal(["open", "close"], await page.EvaluateAsync<string[]>("() => window.seen"));
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Empty(consoleErrors);
    }
}
