using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Meetings;

/// <summary>A visitor books a meeting with Sanne through the Concierge in the widget; Sanne sees it in the admin.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class MeetingBookingBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_visitor_books_with_the_keyboard_in_the_slot_picker_and_the_agent_sees_the_meeting()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Book a meeting").ClickAsync();
        var picker = widget.Panel.GetByRole(AriaRole.Group, new() { Name = "Pick a time" });
        await Expect(picker).ToBeVisibleAsync(Slow);

        await Axe.AssertNoViolationsAsync(page);
        var days = picker.GetByRole(AriaRole.List, new() { Name = "Days" }).GetByRole(AriaRole.Button);
        await Expect(days.First).ToHaveAttributeAsync("aria-pressed", "true");
        var time = picker.GetByRole(AriaRole.List, new() { Name = "Times" }).GetByRole(AriaRole.Button).First;
        var chosen = await time.GetAttributeAsync("aria-label");
        await time.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Text("Which e-mail address should the invitation go to?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("ada.lovelace@example.com");
        await page.Keyboard.PressAsync("Enter");

        await Expect(widget.Text("Sanne de Vries")).ToBeVisibleAsync(Slow);
        var invitation = widget.Panel.GetByRole(AriaRole.Link, new() { Name = "Download invitation (.ics)" });
        await Expect(invitation).ToHaveAttributeAsync("href", IcsLink());
        var manage = widget.Panel.GetByRole(AriaRole.Link, new() { Name = "Change or cancel" });
        await Expect(manage).ToBeVisibleAsync();
        var manageUrl = await manage.GetAttributeAsync("href");
        await Expect(widget.Text(chosen!)).ToBeVisibleAsync(); // the visitor's choice, as their own bubble
        Assert.Empty(consoleErrors);

        var (admin, _) = await fixture.NewPageAsync();
        await SignInAsSanneAsync(admin);
        await admin.GotoAsync("/admin/meetings");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "My upcoming meetings" })).ToBeVisibleAsync();
        await Expect(admin.GetByText("ada.lovelace@example.com")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(admin);

        var (visitorPage, _) = await fixture.NewPageAsync();
        await visitorPage.GotoAsync(manageUrl!);
        await Expect(visitorPage.GetByRole(AriaRole.Heading, new() { Name = "Ledgerly demo with Sanne de Vries" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(visitorPage);
        await visitorPage.GetByRole(AriaRole.Button, new() { Name = "Cancel this meeting" }).ClickAsync();
        await Expect(visitorPage.GetByText("Your meeting is cancelled.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_availability_and_meeting_type_pages_have_no_axe_violations()
    {
        var (admin, _) = await fixture.NewPageAsync();
        await SignInAsSanneAsync(admin);

        await admin.GotoAsync("/admin/meetings/availability");
        await Expect(admin.GetByLabel("Monday")).ToHaveValueAsync("09:00-12:00, 13:00-17:00");
        await Axe.AssertNoViolationsAsync(admin);
        await admin.GotoAsync("/admin/meetings/type");
        await Axe.AssertNoViolationsAsync(admin);
    }

    private async Task SignInAsSanneAsync(IPage page)
    {
        const string password = "Sanne-Passw0rd!";
        await fixture.Host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
            await services.GetRequiredService<UserAdministration>().SetPasswordAsync((await users.FindByEmailAsync("sanne@ledgerly.example"))!, password);
        });
        await AdminPages.SignInAsync(page, "/admin", "sanne@ledgerly.example", password);
    }

    [GeneratedRegex(@"/chatflows/meetings/[A-Za-z0-9_-]{43}/invitation\.ics$")]
    private static partial Regex IcsLink();
}
