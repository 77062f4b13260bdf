using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RazorPagesSite.Tests;

/// <summary>
/// Issue 15, item 3 (b): a Razor Pages site that has Chatflows only from the packed package keeps its own page, and
/// the widget, the visitor API, the module's OpenAPI document and its admin all work from the package's own files.
/// </summary>
public sealed class PackagedSiteInBrowserTests : IClassFixture<PackagedSite>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    private readonly PackagedSite _site;

    public PackagedSiteInBrowserTests(PackagedSite site) => _site = site;

    [Fact]
    public async Task A_visitor_on_the_sites_page_chats_with_the_bot_from_the_package()
    {
        var (page, errors) = await _site.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A Razor Pages site with Chatflows from the package" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync(new() { Timeout = 20_000 });
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Ledgerly" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync(new() { Timeout = 20_000 });
        await panel.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync(new() { Timeout = 20_000 });
        var answer = await page.RunAndWaitForResponseAsync(
            () => panel.GetByRole(AriaRole.Button, new() { Name = "Find an answer", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/chatflows/api/conversations/", StringComparison.Ordinal));

        Assert.True(answer.Ok, $"The visitor API answered {answer.Status} to {answer.Url}.");
        await Expect(panel.Locator(".cf-log").GetByText("What are you looking for?")).ToBeVisibleAsync(Slow);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_first_administrator_signs_in_at_the_admin_and_sees_the_dashboard()
    {
        var (page, errors) = await _site.NewPageAsync();

        await page.GotoAsync("/admin");
        Assert.Contains("/admin/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("E-mail").FillAsync(_site.AdminEmail);
        await page.GetByLabel("Password").FillAsync(_site.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" })).ToBeVisibleAsync(Slow);
        Assert.EndsWith("/admin", page.Url, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_modules_openapi_document_describes_the_visitor_api()
    {
        var (page, _) = await _site.NewPageAsync();

        var response = await page.GotoAsync("/chatflows/api/openapi/chatflows.json");

        Assert.True(response!.Ok, $"{response.Status}");
        Assert.Contains("/chatflows/api/conversations", await response.TextAsync(), StringComparison.Ordinal);
    }
}
