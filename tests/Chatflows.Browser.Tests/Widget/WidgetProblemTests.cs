using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>What a visitor sees when the server refuses or fails: never silence (O3, docs/api.md limits).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetProblemTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_rate_limited_visitor_is_told_when_to_try_again_and_keeps_their_text()
    {
        var (page, widget) = await OpenChatAsync();
        await page.RouteAsync("**/chatflows/api/conversations/*/messages", route => route.FulfillAsync(new()
        {
            Status = 429,
            Headers = new Dictionary<string, string> { ["Retry-After"] = "30" },
            ContentType = "application/problem+json",
            Body = """{"status":429,"title":"Too many requests"}""",
        }));

        await widget.Input.FillAsync("Hello?");
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("You’re sending messages too quickly — try again in 30 seconds.")).ToBeVisibleAsync();
        await Expect(widget.Input).ToHaveValueAsync("Hello?");
    }

    [Fact]
    public async Task A_request_that_keeps_failing_shows_the_chatflows_error_message()
    {
        var (page, widget) = await OpenChatAsync();
        var errorMessage = await page.EvaluateAsync<string>(
            "async () => (await (await fetch('/chatflows/api/widget?url=' + encodeURIComponent(location.href))).json()).chatflow.errorMessage");
        var attempts = 0;
        await page.RouteAsync("**/chatflows/api/conversations/*/messages", route =>
        {
            attempts++;
            return route.FulfillAsync(new() { Status = 503 });
        });

        await widget.Choice("Talk to someone").ClickAsync();

        await Expect(widget.Text(errorMessage)).ToBeVisibleAsync(Slow);
        Assert.Equal(4, attempts); // the first try and three retries
    }

    private async Task<(IPage Page, ChatWidget Widget)> OpenChatAsync()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/#chat-open");
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);
        return (page, widget);
    }
}
