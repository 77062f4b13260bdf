using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MvcSite.Tests;

/// <summary>
/// The sample MVC site in a real browser (issue 15, item 3): the site's sign-in, members page, error page and OpenAPI
/// still work, and the widget, the visitor API and the module's admin work beside them.
/// </summary>
public sealed class SampleSiteInBrowserTests : IClassFixture<SampleSiteInBrowser>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    private readonly SampleSiteInBrowser _site;

    public SampleSiteInBrowserTests(SampleSiteInBrowser site) => _site = site;

    [Fact]
    public async Task A_visitor_chats_with_the_bot_on_the_sites_page_then_signs_in_to_the_site_and_reads_the_members_page()
    {
        var (page, errors) = await _site.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync(new() { Timeout = 20_000 });
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Ledgerly" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync(new() { Timeout = 20_000 });
        await panel.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync(new() { Timeout = 20_000 });

        var answer = await page.RunAndWaitForResponseAsync(
            () => panel.GetByRole(AriaRole.Button, new() { Name = "Find an answer", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/chatflows/api/conversations/", StringComparison.Ordinal));
        await Expect(panel.Locator(".cf-log").GetByText("What are you looking for?")).ToBeVisibleAsync(Slow);
        await page.GotoAsync("/Members");
        await page.GetByLabel("E-mail").FillAsync(SampleSiteFactory.MemberEmail);
        await page.GetByLabel("Password").FillAsync(SampleSiteFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.True(answer.Ok, $"The visitor API answered {answer.Status} to {answer.Url}.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members only" })).ToBeVisibleAsync(Slow);
        Assert.EndsWith("/Members", page.Url, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task Staff_sign_in_at_the_modules_admin_path_and_see_the_dashboard_but_are_not_members_of_the_site()
    {
        var (page, errors) = await _site.NewPageAsync();

        await page.GotoAsync("/chatflows-admin");
        Assert.Contains("/chatflows-admin/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("E-mail").FillAsync(SampleSiteFactory.StaffEmail);
        await page.GetByLabel("Password").FillAsync(SampleSiteFactory.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" })).ToBeVisibleAsync(Slow);
        var dashboard = page.Url;
        await page.GotoAsync("/Members");

        Assert.EndsWith("/chatflows-admin", dashboard, StringComparison.Ordinal);
        Assert.Contains("/Account/SignIn", page.Url, StringComparison.Ordinal); // the site's own sign-in, not the module's
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task A_failing_page_of_the_site_shows_the_sites_own_error_page()
    {
        var (page, _) = await _site.NewPageAsync();

        var response = await page.GotoAsync("/Home/Fail");

        Assert.Equal(500, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sorry, the sample site had a problem" })).ToBeVisibleAsync();
        await Expect(page.GetByText("This is the site's own error page.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_sites_openapi_document_and_the_modules_each_list_their_own_endpoints()
    {
        var (page, _) = await _site.NewPageAsync();

        var site = await page.GotoAsync("/openapi/v1.json");
        var siteDocument = await site!.TextAsync();
        var module = await page.GotoAsync("/chatflows/api/openapi/chatflows.json");
        var moduleDocument = await module!.TextAsync();

        Assert.True(site.Ok && module.Ok, $"{site.Status} {module.Status}");
        Assert.Contains("/api/members/count", siteDocument, StringComparison.Ordinal);
        Assert.DoesNotContain("/chatflows", siteDocument, StringComparison.Ordinal);
        Assert.Contains("/chatflows/api/conversations", moduleDocument, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/members", moduleDocument, StringComparison.Ordinal);
    }
}
