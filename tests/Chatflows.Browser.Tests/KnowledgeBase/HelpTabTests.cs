using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.KnowledgeBase;

/// <summary>The widget's Help tab (K2) on the demo's concierge, which searches the English knowledge base.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class HelpTabTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Visitor_searches_reads_an_article_and_goes_back_to_chat()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();

        await widget.Panel.GetByRole(AriaRole.Tab, new() { Name = "Help" }).ClickAsync();
        await Expect(widget.Panel.GetByRole(AriaRole.Heading, new() { Name = "Invoices and quotes" })).ToBeVisibleAsync(Slow);
        await widget.Panel.GetByRole(AriaRole.Searchbox, new() { Name = "Search help articles" }).FillAsync("vat retur");
        var result = widget.Panel.GetByRole(AriaRole.Button, new() { Name = "How do I file my VAT return?" });
        await Expect(result).ToBeVisibleAsync(Slow);
        await Expect(result.Locator("mark").First).ToBeVisibleAsync();
        await result.ClickAsync();
        var heading = widget.Panel.GetByRole(AriaRole.Heading, new() { Name = "How do I file my VAT return?" });
        await Expect(heading).ToBeFocusedAsync();
        await Expect(widget.Panel.Locator(".cf-help-article ol li").First).ToBeVisibleAsync();
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await Expect(result).ToBeFocusedAsync();
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Chat with us" }).ClickAsync();

        await Expect(widget.Panel.GetByRole(AriaRole.Tab, new() { Name = "Chat" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(widget.Input).ToBeFocusedAsync();
        await Expect(widget.Panel.GetByRole(AriaRole.Tabpanel, new() { Name = "Help" })).ToBeHiddenAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Tabs_follow_the_arrow_keys_and_a_search_without_results_says_so()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        var chat = widget.Panel.GetByRole(AriaRole.Tab, new() { Name = "Chat" });

        await chat.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var help = widget.Panel.GetByRole(AriaRole.Tab, new() { Name = "Help" });
        await Expect(help).ToBeFocusedAsync();
        await Expect(help).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("xylophonequartet");

        await Expect(widget.Panel.GetByText("No articles found.")).ToBeVisibleAsync(Slow);
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Home");
        await Expect(chat).ToHaveAttributeAsync("aria-selected", "true");
    }

    [Fact]
    public async Task Help_tab_with_an_open_article_has_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        await widget.Panel.GetByRole(AriaRole.Tab, new() { Name = "Help" }).ClickAsync();
        await Expect(widget.Panel.GetByRole(AriaRole.Heading, new() { Name = "Invoices and quotes" })).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Give your accountant access" }).ClickAsync();
        await Expect(widget.Panel.GetByRole(AriaRole.Heading, new() { Name = "Give your accountant access" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }
}
