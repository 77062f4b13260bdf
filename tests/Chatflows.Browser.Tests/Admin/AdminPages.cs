using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>Signing in and saving screenshots for the builder and channel tests.</summary>
internal static class AdminPages
{
    public static async Task SignInAsAdministratorAsync(IPage page, string returnTo)
    {
        await page.GotoAsync(returnTo);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Chatflows" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail").FillAsync(ChatflowsFactory.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ChatflowsFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// Saves a screenshot into the repository's docs/images, for the admin guide — only when
    /// <c>CHATFLOWS_SCREENSHOTS=1</c>, so an ordinary test run leaves the working tree clean.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string fileName)
    {
        if (Environment.GetEnvironmentVariable("CHATFLOWS_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Chatflows.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        if (folder is not null)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "docs", "images", fileName), FullPage = false });
        }
    }
}
