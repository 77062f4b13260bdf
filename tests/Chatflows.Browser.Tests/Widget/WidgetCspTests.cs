using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>The demo site's strict policy (default-src 'self', no 'unsafe-inline' or 'unsafe-eval') and the widget.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetCspTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_demo_page_under_a_strict_policy_runs_a_whole_conversation_without_a_violation()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await CspViolations.WatchAsync(page);
        var widget = new ChatWidget(page);

        var response = await page.GotoAsync("/");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("Leave your e-mail address")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("csp@example.com");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Does the chat need unsafe-inline?");
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("Your question is logged under")).ToBeVisibleAsync(Slow);
        var policy = (await response!.AllHeadersAsync())["content-security-policy"];
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", policy, StringComparison.Ordinal);
        Assert.Empty(await CspViolations.ReadAsync(page));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task The_watch_itself_reports_a_violation()
    {
        var (page, _) = await fixture.NewPageAsync();
        await CspViolations.WatchAsync(page);
        await page.GotoAsync("/");

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.x = 1'; document.body.append(s); }");
        await page.WaitForTimeoutAsync(200);

        Assert.NotEmpty(await CspViolations.ReadAsync(page));
    }
}
