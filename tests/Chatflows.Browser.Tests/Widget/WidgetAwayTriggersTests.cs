using System.Text.Json;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Core.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>Several triggers at once, the first to fire winning (D4), and the away behaviour (W6) with triggers armed.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetAwayTriggersTests(BrowserFixture fixture)
{
    private const string AwayMessage = "Everyone is out for lunch; leave a note.";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Exit_intent_opens_the_chat_before_the_timer_and_the_timer_is_disarmed_after_it()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "two-triggers", new DisplaySettings
        {
            DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ExitIntent, DisplayTrigger.TimeOnPage], Seconds = 2,
        });
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(path);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);

        await ExitIntentAsync(page);
        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        await widget.Launcher.ClickAsync();
        await Expect(widget.Panel).ToBeHiddenAsync();
        await page.WaitForTimeoutAsync(3000); // past the 2 s of the timer, which must no longer fire

        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Away_with_the_launcher_hidden_shows_no_launcher_and_no_trigger_opens_the_chat()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "away-hidden", new DisplaySettings
        {
            DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ExitIntent, DisplayTrigger.TimeOnPage], Seconds = 1,
        });
        await using var away = await AwayAsync(AwayBehavior.HideLauncher);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        var config = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(path), r => r.Url.Contains("/chatflows/api/widget", StringComparison.Ordinal));
        var availability = JsonDocument.Parse(await config.TextAsync()).RootElement.GetProperty("availability");
        await page.Mouse.MoveAsync(640, 400);
        await ExitIntentAsync(page);
        await page.WaitForTimeoutAsync(2000); // past the 1 s of the timer

        Assert.Equal(("away", "hideLauncher"), (availability.GetProperty("state").GetString(), availability.GetProperty("instruction").GetString()));
        await Expect(widget.Launcher).ToHaveCountAsync(0);
        await Expect(widget.Panel).ToHaveCountAsync(0);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Away_with_the_message_lets_the_trigger_open_the_chat_with_the_away_message()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "away-message", new DisplaySettings
        {
            DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ExitIntent],
        });
        await using var away = await AwayAsync(AwayBehavior.ShowAwayMessage);
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync(path);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);

        await ExitIntentAsync(page);

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel.GetByText(AwayMessage)).ToBeVisibleAsync(Slow);
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task ExitIntentAsync(IPage page)
    {
        await page.Mouse.MoveAsync(640, 400);
        await page.Mouse.MoveAsync(640, 5, new() { Steps = 4 });
        await page.Mouse.MoveAsync(640, -20, new() { Steps = 2 });
    }

    // Availability follows the team, and nobody in the demo team has set themselves available: away.
    private async Task<ChannelRestore> AwayAsync(AwayBehavior behavior)
    {
        var before = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings);
        await fixture.Host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            var current = await store.GetAsync(default);
            var availability = current.Settings.Availability with { Mode = AvailabilityMode.Users, AwayBehavior = behavior, AwayMessage = AwayMessage };
            var saved = await store.SaveAsync(current.Settings with { Availability = availability }, current.Version, default);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        });
        return new ChannelRestore(fixture, before);
    }

    private sealed class ChannelRestore(BrowserFixture fixture, Core.Channel.ChannelSettings before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await fixture.Host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            await store.SaveAsync(before, (await store.GetAsync(default)).Version, default);
        });
    }
}
