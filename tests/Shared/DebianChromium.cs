using Microsoft.Playwright;

namespace Chatflows.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright, launched one way by every browser test and benchmark: never
/// `playwright install`, and the flags this machine needs (MACHINE-NOTES.md). Playwright gives each launch a
/// fresh profile directory. `CHATFLOWS_CHROMIUM` points elsewhere on a machine that keeps it elsewhere.
/// </summary>
public static class DebianChromium
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHATFLOWS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = Args,
        });
}
