using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Contacts;

/// <summary>
/// A visitor leaves a question and an e-mail address in the widget; an administrator finds them under Contacts,
/// reads and exports their data, and erases them. axe checks every page on the way.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ContactsBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_administrator_finds_exports_and_erases_a_visitor_who_left_a_question()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var email = $"ines.{Guid.NewGuid().ToString("N")[..8]}@example.com";
        var question = $"Can I pay by bank transfer? {Guid.NewGuid():N}";
        await page.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync(email);
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync(question);
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync(Slow);

        await AdminPages.SignInAsync(page, "/admin/contacts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contacts", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = email })).ToBeVisibleAsync();
        await page.GetByText("messages").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group).GetByText(question)).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AdminPages.ScreenshotAsync(page, "admin-contact.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "Export personal data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Personal data of {email}" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as JSON" }).ClickAsync());
        Assert.Contains(question, await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);

        await page.GoBackAsync();
        await page.GetByLabel($"Type {email} to confirm").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase everything about this person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Erased: 1 contact(s)");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByText("No contact matches this search.")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/contacts/retention");
        await Axe.AssertNoViolationsAsync(page);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }
}
