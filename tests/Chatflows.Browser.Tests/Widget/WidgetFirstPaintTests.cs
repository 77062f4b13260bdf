using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// The loader's work waits for the page's own first contentful paint as well as its load event (issue 16, the
/// Lighthouse budget in docs/benchmarks.md), so the widget is never on the path of what the page draws first.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetFirstPaintTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_loader_asks_for_its_configuration_only_after_the_pages_first_contentful_paint()
    {
        var query = new Uri(fixture.BaseAddress, await WidgetTestFlows.PublishAsync(fixture.Host, "first-paint")).Query;
        var snippet = new Uri(fixture.BaseAddress, "/chatflows/embed.js");
        // The page shows its content half a second after its load event, so its first contentful paint comes after `load`.
        var url = fixture.OtherSite.Serve("/first-paint", $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Late paint</title></head>
            <body style="visibility:hidden"><main><h1>Late paint</h1></main>
            <script>addEventListener('load', () => setTimeout(() => { document.body.style.visibility = 'visible'; }, 500));</script>
            <script async src="{{snippet}}"></script></body></html>
            """);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync(url + query);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);

        var times = await page.EvaluateAsync<double[]>("""
            () => [performance.getEntriesByName('first-contentful-paint')[0].startTime,
                   performance.getEntriesByType('resource').find(r => r.name.includes('/chatflows/api/widget')).startTime]
            """);
        Assert.True(times[0] <= times[1], $"first contentful paint at {times[0]} ms, configuration asked at {times[1]} ms");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }
}
