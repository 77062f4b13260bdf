using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

[Collection(ChatflowAdminBrowserGroup.Name)]
public sealed class ChatflowAdminBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Editor_creates_a_qualify_leads_bot_for_pricing_publishes_it_and_a_visitor_gets_it_only_there()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin/chatflows");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create chatflow" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Pricing leads");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Qualify-leads bot" }).CheckAsync();
        await Screenshot(page, "chatflows-wizard.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create chatflow" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pricing leads", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Target", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a filter group" }).ClickAsync();
        await page.GetByLabel("Operator").SelectOptionAsync("StartsWith");
        await page.GetByLabel("Value").FillAsync("/pricing");
        await page.GetByLabel("Priority among chatflows").FillAsync("0");
        await Screenshot(page, "chatflows-target.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save targeting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch on" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Switched on.");

        var (visitor, _) = await fixture.NewPageAsync();
        await visitor.GotoAsync("/pricing");
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Hi there! Great to have you here." })).ToBeVisibleAsync(Slow);
        await visitor.GotoAsync("/privacy");
        await visitor.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Open chat" })).ToHaveCountAsync(0);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Keyboard_alone_creates_a_simple_chatflow_through_the_wizard()
    {
        var (page, _) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin/chatflows/create");

        await TabToAsync(page, "Input_Name");
        await page.Keyboard.TypeAsync("Keyboard bot");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Step 2 of 2")).ToBeVisibleAsync();
        await TabToAsync(page, "template-scratch");
        await TabToAsync(page, "create-chatflow");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keyboard bot", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created Keyboard bot.");
    }

    [Fact]
    public async Task Chatflow_admin_pages_have_no_accessibility_violations()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin/chatflows");
        await Screenshot(page, "chatflows-list.png");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/chatflows/create");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Name").FillAsync("Axe bot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByText("Step 2 of 2")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/chatflows/concierge");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/chatflows/concierge/target");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Exclusion 1", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/chatflows/concierge/display");
        await Screenshot(page, "chatflows-display.png");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/chatflows/concierge/options");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Typing delay between bot messages (milliseconds)").FillAsync("900");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save options" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version");
        await page.GotoAsync("/admin/chatflows/concierge/history");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "typing delay ms" })).ToBeVisibleAsync();
        await Screenshot(page, "chatflows-history.png");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/audit");
        await Axe.AssertNoViolationsAsync(page);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Target_tab_offers_only_fitting_operators_and_warns_before_leaving_unsaved_changes()
    {
        var (page, _) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin/chatflows/concierge/target");
        var exclusion = page.GetByRole(AriaRole.Group, new() { Name = "Exclusion 1", Exact = true });

        await exclusion.GetByLabel("Looks at").SelectOptionAsync("Device");
        var enabled = await exclusion.GetByLabel("Operator").EvaluateAsync<string[]>("s => [...s.options].filter(o => !o.disabled).map(o => o.value)");
        var selected = await exclusion.GetByLabel("Operator").InputValueAsync();
        var dialog = new TaskCompletionSource<string>();
        page.Dialog += async (_, d) => { dialog.TrySetResult(d.Type); await d.AcceptAsync(); };
        await page.CloseAsync(new() { RunBeforeUnload = true });

        Assert.Equal(["IsDesktop", "IsMobile"], enabled);
        Assert.Equal("IsDesktop", selected);
        Assert.Equal("beforeunload", await dialog.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Presses Tab until the element with the id <paramref name="target"/> has focus.</summary>
    private static async Task TabToAsync(IPage page, string target)
    {
        for (var i = 0; i < 60; i++)
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
            if (focused == target)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"'{target}' never got keyboard focus.");
    }

    /// <summary>Screenshots for docs/admin-guide.md, written only when CHATFLOWS_SCREENSHOTS names a folder.</summary>
    private static async Task Screenshot(IPage page, string file)
    {
        if (Environment.GetEnvironmentVariable("CHATFLOWS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, file), FullPage = true });
        }
    }
}
