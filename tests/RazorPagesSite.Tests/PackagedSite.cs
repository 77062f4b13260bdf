using Chatflows.Testing;
using Microsoft.Playwright;

namespace RazorPagesSite.Tests;

/// <summary>
/// The running package-only sample site that scripts/sample-package.sh started, and Debian's Chromium (never
/// `playwright install`). The script passes the site's address and the administrator it set up in the environment.
/// </summary>
public sealed class PackagedSite : IAsyncLifetime
{
    public const string UrlVariable = "CHATFLOWS_SAMPLE_URL";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string AdminEmail { get; } = Required("CHATFLOWS_SAMPLE_ADMIN_EMAIL");

    public string AdminPassword { get; } = Required("CHATFLOWS_SAMPLE_ADMIN_PASSWORD");

    private static string Address => Required(UrlVariable);

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh visitor (no cookies) on the site, and the console errors its pages log.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address });
        var page = await context.NewPageAsync();
        List<string> errors = [];
        page.Console += (_, message) =>
        {
            // The sample has no favicon; that 404 is the site's.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    // Failing, not skipping: run through scripts/sample-package.sh (./test.sh does), which sets these.
    private static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: these tests run against the site scripts/sample-package.sh starts.");
}
