using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MvcSite.Tests;

/// <summary>Debian's Chromium (never `playwright install`) on the sample site served by Kestrel at 127.0.0.1.</summary>
public sealed class SampleSiteInBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_visitor_opens_the_chat_on_the_sites_page_then_signs_in_to_the_site_and_reads_the_members_page()
    {
        await using var site = new SampleSiteFactory(new Dictionary<string, string?> { ["Chatflows:Setup:Recipe"] = "demo" });
        var address = await Task.Run(site.StartKestrel);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHATFLOWS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() })).NewPageAsync();
        List<string> errors = [];
        page.Console += (_, message) =>
        {
            // The sample site has no favicon of its own; its 404 is the site's, not the module's.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync(new() { Timeout = 20_000 });
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Ledgerly" })).ToBeVisibleAsync(Slow);
        await page.GotoAsync("/Members");
        await page.GetByLabel("E-mail").FillAsync(SampleSiteFactory.MemberEmail);
        await page.GetByLabel("Password").FillAsync(SampleSiteFactory.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members only" })).ToBeVisibleAsync(Slow);
        Assert.EndsWith("/Members", page.Url, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }
}
