using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>Display behaviours and triggers (D2–D4) on chatflows published for each test.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetDisplayTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Exit_intent_shows_the_welcome_bubble_with_its_quick_replies_next_to_the_launcher()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "exit",
            new DisplaySettings { Triggers = [DisplayTrigger.ExitIntent], ShowQuickRepliesOutside = true });
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(path);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await Expect(Bubble(page)).ToHaveCountAsync(0);

        await page.Mouse.MoveAsync(640, 400);
        await page.Mouse.MoveAsync(640, 5, new() { Steps = 4 });
        await page.Mouse.MoveAsync(640, -20, new() { Steps = 2 });

        await Expect(Bubble(page)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pricing", Exact = true })).ToBeVisibleAsync();
        await Expect(widget.Panel).ToHaveCountAsync(0);
        await Bubble(page).ClickAsync();
        await Expect(widget.Panel).ToBeVisibleAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Time_on_page_shows_only_the_launcher_when_it_fires()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "time",
            new DisplaySettings { DesktopBehavior = DisplayBehavior.LauncherOnTrigger, Triggers = [DisplayTrigger.TimeOnPage], Seconds = 3 });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.RunAndWaitForResponseAsync(() => page.GotoAsync(path), r => r.Url.Contains("/chatflows/api/widget", StringComparison.Ordinal));
        await page.WaitForTimeoutAsync(300);
        var shownEarly = await widget.Launcher.CountAsync();

        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        Assert.Equal(0, shownEarly);
        await Expect(Bubble(page)).ToHaveCountAsync(0);
        await Expect(widget.Panel).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Scrolling_far_enough_opens_the_chat_with_the_welcome_message()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "scroll",
            new DisplaySettings { DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ScrollPercentage], Percent = 50 });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(path);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await page.EvaluateAsync("() => { const tall = document.createElement('div'); tall.style.height = '4000px'; document.body.append(tall); }");
        await page.Mouse.MoveAsync(640, 400);

        await page.Mouse.WheelAsync(0, 600);
        await page.WaitForTimeoutAsync(300);
        var openedEarly = await widget.Panel.CountAsync();
        await page.Mouse.WheelAsync(0, 4000);

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        Assert.Equal(0, openedEarly);
        await Expect(widget.Text(WidgetTestFlows.Welcome)).ToBeVisibleAsync(Slow);
    }

    [Fact]
    public async Task Without_a_trigger_open_on_trigger_opens_the_chat_at_once()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "now", new DisplaySettings { DesktopBehavior = DisplayBehavior.OpenOnTrigger });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync(path);

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        await Expect(widget.Text(WidgetTestFlows.Welcome)).ToBeVisibleAsync(Slow);
    }

    [Fact]
    public async Task On_a_phone_the_mobile_behaviour_applies_instead_of_opening_the_chat()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "mobile", new DisplaySettings
        {
            DesktopBehavior = DisplayBehavior.OpenOnTrigger, MobileBehavior = DisplayBehavior.LauncherThenWelcome, Triggers = [DisplayTrigger.TimeOnPage], Seconds = 1,
        });
        var (page, _) = await fixture.NewPageAsync(new ViewportSize { Width = 390, Height = 760 });
        var widget = new ChatWidget(page);

        await page.GotoAsync(path);

        await Expect(Bubble(page)).ToBeVisibleAsync(Slow);
        await Expect(widget.Launcher).ToBeVisibleAsync();
        await Expect(widget.Panel).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Chat_open_in_the_address_opens_at_once_whatever_the_trigger()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "hash",
            new DisplaySettings { DesktopBehavior = DisplayBehavior.LauncherOnTrigger, Triggers = [DisplayTrigger.TimeOnPage], Seconds = 600 });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync($"{path}#chat-open");

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        await Expect(widget.Launcher).ToBeVisibleAsync();
    }

    private static ILocator Bubble(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = WidgetTestFlows.Welcome });
}
