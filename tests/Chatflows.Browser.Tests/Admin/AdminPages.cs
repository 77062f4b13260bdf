using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>Signing in to the admin and saving screenshots, for every admin browser test.</summary>
internal static class AdminPages
{
    /// <summary>Opens <paramref name="returnTo"/>, signs in on the login page it leads to, and waits to be back.</summary>
    public static async Task SignInAsync(IPage page, string returnTo, string email = ChatflowsFactory.AdminEmail, string password = ChatflowsFactory.AdminPassword)
    {
        await page.GotoAsync(returnTo);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Chatflows" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The first admin page of a fresh host compiles its views and builds the preview's texts: more than the
        // default 30 s on a loaded machine has been seen, and the assertions after this wait for content anyway.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 90_000 });
    }

    public static Task SignInAsAdministratorAsync(IPage page, string returnTo) => SignInAsync(page, returnTo);

    /// <summary>
    /// Saves a screenshot into the repository's docs/images, for the admin guide — only when
    /// <c>CHATFLOWS_SCREENSHOTS=1</c>, so an ordinary test run leaves the working tree clean.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string fileName)
    {
        if (ImagePath(fileName) is { } path)
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        }
    }

    /// <summary>Like <see cref="ScreenshotAsync(IPage, string)"/>, of one part of the page only.</summary>
    public static async Task ScreenshotAsync(ILocator part, string fileName)
    {
        if (ImagePath(fileName) is { } path)
        {
            await part.ScreenshotAsync(new() { Path = path });
        }
    }

    private static string? ImagePath(string fileName)
    {
        if (Environment.GetEnvironmentVariable("CHATFLOWS_SCREENSHOTS") != "1")
        {
            return null;
        }

        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Chatflows.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder is null ? null : Path.Combine(folder, "docs", "images", fileName);
    }
}
