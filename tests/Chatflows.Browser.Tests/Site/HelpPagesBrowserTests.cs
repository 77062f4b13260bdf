using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Site;

[Collection(BrowserTestGroup.Name)]
public sealed class HelpPagesBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Visitor_searches_the_help_centre_and_reads_an_article()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Help" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "VAT and taxes" })).ToBeVisibleAsync();
        await page.GetByLabel("Search the help centre").FillAsync("vat return");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "How do I file my VAT return?" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How do I file my VAT return?");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Step by step" })).ToBeVisibleAsync();
        // Articles render under the site's strict Content-Security-Policy; a violation shows up as a console error.
        Assert.Empty(consoleErrors);
    }
}
