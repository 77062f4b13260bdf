using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

[Collection(BrowserTestGroup.Name)]
public sealed class SignInAndUsersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Administrator_creates_an_editor_who_is_then_refused_the_users_page()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bookkeeping that keeps up with you" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await SignInAsync(page, ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Administrator" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add user" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("erin@ledgerly.example");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Erin Editor");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Editor" }).CheckAsync();
        await page.GetByLabel("Password").FillAsync("Erin-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Erin Editor can now sign in.");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Erin Editor", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await SignInAsync(page, "erin@ledgerly.example", "Erin-Passw0rd!");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Erin Editor" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/users");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Erin Editor", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(consoleErrors, e => !e.Contains("403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_form_is_usable_by_keyboard_alone()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await Expect(page.GetByLabel("E-mail")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync(ChatflowsFactory.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(ChatflowsFactory.AdminPassword);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Administrator" })).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Chatflows" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
