using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// The widget on the demo site, which runs under a strict Content-Security-Policy (no 'unsafe-inline'):
/// a violation would show up as a console error.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class WidgetTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task The_home_page_shows_the_launcher_without_console_errors()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync("/");

        await Expect(widget.Launcher).ToBeVisibleAsync();
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(widget.Panel).ToHaveCountAsync(0);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_visitor_leaves_a_question_for_the_team_using_the_mouse()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/pricing");

        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("noor@example.com");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("How do I export my invoices?");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(widget.Text("Your question is logged under")).ToBeVisibleAsync(Slow);
        Assert.Matches(TicketReference(), await widget.Text("Your question is logged under").TextContentAsync());
        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync();
        await Expect(widget.Choice("Start a new conversation")).ToBeVisibleAsync();
        await Expect(widget.Text("Talk to someone")).ToBeVisibleAsync(); // the label, as the visitor's bubble
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_visitor_leaves_a_question_for_the_team_with_the_keyboard_only()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/");
        await Expect(widget.Launcher).ToBeVisibleAsync();

        await widget.TabToAsync("Open chat");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Input).ToBeFocusedAsync();
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);
        await widget.TabToAsync("Talk to someone", backwards: true, limit: 10);
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Text("Leave your e-mail address")).ToBeVisibleAsync(Slow);
        await Expect(widget.Input).ToBeFocusedAsync();
        await Expect(widget.Input).ToHaveAttributeAsync("type", "email");
        await page.Keyboard.TypeAsync("sam@example.com");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await page.Keyboard.TypeAsync("Can I invoice in euros and dollars?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Text("Your question is logged under")).ToBeVisibleAsync(Slow);
        await page.Keyboard.PressAsync("Escape");

        await Expect(widget.Panel).ToBeHiddenAsync();
        await Expect(widget.Launcher).ToBeFocusedAsync();
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task The_privacy_page_has_no_widget_at_all()
    {
        var (page, _) = await fixture.NewPageAsync();

        await page.GotoAsync("/privacy");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("script[src*='/chatflows/']")).ToHaveCountAsync(0);
        await Expect(page.Locator("chatflows-launcher")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Chat_open_in_the_address_opens_the_chat_on_load()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync("/pricing#chat-open");

        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.Text("What can I help you with?")).ToBeVisibleAsync(Slow);
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Markup_in_a_message_is_shown_as_text_and_runs_nothing()
    {
        const string Hostile = "<img src=x onerror=window.__pwned=1>";
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/#chat-open");
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("Leave your e-mail address")).ToBeVisibleAsync(Slow);

        await widget.Input.FillAsync(Hostile);
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text(Hostile)).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('chatflows-widget').shadowRoot.querySelectorAll('img:not(.cf-avatar)').length"));
    }

    [Fact]
    public async Task A_lost_answer_is_retried_with_the_same_message_id_and_shown_once()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        List<string> sent = [];
        var dropped = false;
        await page.RouteAsync("**/chatflows/api/conversations/*/messages", async route =>
        {
            sent.Add(route.Request.PostData ?? "");
            if (dropped)
            {
                await route.ContinueAsync();
                return;
            }

            // The server stores the message, but its answer never reaches the browser.
            dropped = true;
            await route.FetchAsync();
            await route.AbortAsync("connectionreset");
        });
        await page.GotoAsync("/#chat-open");

        await widget.Choice("Talk to someone").ClickAsync();

        await Expect(widget.Text("Leave your e-mail address")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text("nobody from the team is available")).ToHaveCountAsync(1);
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0], sent[1]);
    }

    [Fact]
    public async Task On_a_phone_the_open_chat_fills_the_screen()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 360, Height = 740 });
        var widget = new ChatWidget(page);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce }); // measure the panel where it rests, not mid-slide

        await page.GotoAsync("/pricing#chat-open");
        await Expect(widget.Panel).ToBeVisibleAsync();
        var box = await widget.Panel.BoundingBoxAsync();

        Assert.Equal((0f, 0f, 360f, 740f), (box!.X, box.Y, box.Width, box.Height));
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360);
        Assert.Empty(consoleErrors);
    }

    [GeneratedRegex(@"T-[0-9A-Z]{6}")]
    private static partial Regex TicketReference();
}
