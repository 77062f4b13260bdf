using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

[Collection(BrowserTestGroup.Name)]
public sealed class TwoFactorBrowserTests(BrowserFixture fixture)
{
    private const string Email = "tessa@ledgerly.example";
    private const string Password = "Tessa-Passw0rd!";

    [Fact]
    public async Task An_agent_turns_on_two_factor_sign_in_and_signs_in_with_a_code()
    {
        await fixture.Host.InScopeAsync(async services => Assert.Empty(await services.GetRequiredService<UserAdministration>()
            .CreateOrUpdateAsync(new NewUser(Email, "Tessa Agent", ["Agent"], Password))));
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Turn on two-factor sign-in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to add Chatflows to an authenticator app" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        var key = (await page.Locator("[data-authenticator-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(Code(key, 0));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-recovery-codes] li")).ToHaveCountAsync(RecoveryCodes.Count);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GotoAsync("/admin/account/login");
        await SignInAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Authentication code").FillAsync(Code(key, 30));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Tessa Agent" })).ToBeVisibleAsync();
        Assert.Empty(consoleErrors);
    }

    // What the phone's authenticator app shows now, or a step later (a sign-in after enrolment uses the next step).
    private static string Code(string key, int secondsAhead) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(secondsAhead));

    private static async Task SignInAsync(IPage page)
    {
        await page.GetByLabel("E-mail").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
