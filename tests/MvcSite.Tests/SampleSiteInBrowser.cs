using Chatflows.Testing;
using Microsoft.Playwright;

namespace MvcSite.Tests;

/// <summary>
/// One sample site (the demo recipe, so a chatflow is published) on real Kestrel at 127.0.0.1 and Debian's Chromium
/// (never `playwright install`), shared by the tests of a class; each test gets its own browser context.
/// </summary>
public sealed class SampleSiteInBrowser : IAsyncLifetime, IDisposable
{
    private readonly SampleSiteFactory _site = new(new Dictionary<string, string?> { ["Chatflows:Setup:Recipe"] = "demo" });
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = await Task.Run(_site.StartKestrel);
        _playwright = await Playwright.CreateAsync();
        _browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh visitor (no cookies) on the site, and the console errors its pages log.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _address.ToString() });
        var page = await context.NewPageAsync();
        List<string> errors = [];
        page.Console += (_, message) =>
        {
            // The sample site has no favicon of its own; its 404 is the site's, not the module's. A failing page's
            // 500 is the error page test's doing.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)
                && !message.Text.Contains("status of 500", StringComparison.Ordinal))
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

    // xUnit disposes a fixture after DisposeAsync: the site goes after the browser that was using it.
    public void Dispose() => _site.Dispose();
}
