using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

[Collection(BuilderBrowserGroup.Name)]
public sealed class ChannelBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_changes_the_accent_colour_and_the_demo_widget_shows_it()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, "/admin/channel");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chat channel", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Accent colour").FillAsync("#ffee88");
        await Expect(page.Locator("#accent-contrast")).ToContainTextAsync("Low contrast");
        await page.GetByLabel("Accent colour").FillAsync("#8a1c7c");
        await Expect(page.Locator("#accent-contrast")).ToHaveTextAsync("");
        Assert.Equal("rgb(138, 28, 124)", await page.Locator(".cf-mock-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mobile" }).ClickAsync();
        await Expect(page.Locator("#cf-channel-preview")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cf-device-mobile"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Desktop" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Chat channel saved.");
        await AdminPages.ScreenshotAsync(page, "channel.png");

        await page.GotoAsync("/");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Open chat" });
        await Expect(launcher).ToBeVisibleAsync();
        Assert.Equal("rgb(138, 28, 124)", await launcher.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Embed_snippet_is_copied_with_one_click()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await AdminPages.SignInAsAdministratorAsync(page, "/admin/channel");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy snippet" }).ClickAsync();

        await Expect(page.Locator("#cf-copy-status")).ToHaveTextAsync("Copied.");
        Assert.Equal($"<script async src=\"{fixture.BaseAddress.ToString().TrimEnd('/')}/chatflows/embed.js\"></script>",
            await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }
}
