using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

[Collection(BrowserTestGroup.Name)]
public sealed class WidgetAccessibilityTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Closed_launcher_has_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await new ChatWidget(page).Launcher.WaitForAsync();

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Open_panel_with_quick_replies_has_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/#chat-open");
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Consent_questions_have_no_axe_violations()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "axe-consent", consent: new ConsentSettings
        {
            DataProcessing = new() { Type = DataProcessingType.Explicit, PrivacyPolicyUrl = "https://example.com/privacy" },
        });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" })).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel.GetByRole(AriaRole.Button, new() { Name = "I agree" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_end_of_a_conversation_has_no_axe_violations()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "axe-end");
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Choice("Start a new conversation")).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_welcome_bubble_with_quick_replies_has_no_axe_violations()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "axe-welcome", new DisplaySettings { ShowQuickRepliesOutside = true });
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pricing", Exact = true })).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_open_chat_on_a_phone_has_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync(new ViewportSize { Width = 390, Height = 760 });
        var widget = new ChatWidget(page);
        await page.GotoAsync("/pricing#chat-open");
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_check_itself_reports_an_unlabelled_button()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=en><title>t</title><main><button></button></main></html>");

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("button-name", StringComparison.Ordinal));
    }
}
