using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Site;

[Collection(BrowserTestGroup.Name)]
public sealed class DemoSiteTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Visitor_browses_every_page_of_the_demo_site_without_errors()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync("Bookkeeping that keeps up with you · Ledgerly");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Pricing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Simple pricing, no surprises");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Blog" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Your first invoice in two minutes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your first invoice in two minutes");
        await Expect(page.GetByText("Sending your first invoice with Ledgerly")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Privacy policy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacy policy");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Contact us");

        // The demo runs under a strict Content-Security-Policy; a violation shows up as a console error.
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Demo_site_fits_a_phone_screen()
    {
        var (page, _) = await fixture.NewPageAsync(new ViewportSize { Width = 360, Height = 740 });

        await page.GotoAsync("/pricing");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= 360, $"The page is {scrollWidth}px wide on a 360px screen.");
    }
}
