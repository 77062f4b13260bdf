using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.KnowledgeBase;

/// <summary>An editor writes an article in a real browser: the slug follows the title, the preview comes from the server.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class KnowledgeBaseAdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_writes_previews_and_publishes_an_article()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Knowledge base", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Scan receipts with the mobile app");
        await Expect(page.GetByLabel("Address")).ToHaveValueAsync("scan-receipts-with-the-mobile-app");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Bank and receipts" });
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("## Snap it\n\nOpen the **app** and <script>alert(1)</script> tap *Scan*.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show preview" }).ClickAsync();
        await Expect(page.Locator("[data-cf-preview-output] h3")).ToHaveTextAsync("Snap it");
        await Expect(page.Locator("[data-cf-preview-output] strong")).ToHaveTextAsync("app");
        await Expect(page.Locator("[data-cf-preview-output] script")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Published — visitors can find and read it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save article" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("“Scan receipts with the mobile app” is published.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit article" })).ToBeVisibleAsync();
        var search = await fixture.Host.CreateClient().GetStringAsync("/chatflows/api/kb/search?q=mobile%20app%20scan&lang=en");
        Assert.Contains("scan-receipts-with-the-mobile-app", search, StringComparison.Ordinal);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Knowledge_base_settings_and_categories_have_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin");

        await page.GotoAsync("/admin/knowledge-base/bases/edit/ledgerly-nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Categories" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/knowledge-base/bases/create");
        await page.GetByLabel("Name").FillAsync("Partner Hulp");

        await Expect(page.GetByLabel("Id")).ToHaveValueAsync("partner-hulp");
        await Axe.AssertNoViolationsAsync(page);
    }
}
