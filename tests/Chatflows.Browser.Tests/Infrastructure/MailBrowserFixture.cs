using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Chatflows.Testing;
using Microsoft.Playwright;

namespace Chatflows.Browser.Tests.Infrastructure;

/// <summary>
/// A host of its own whose mail goes to a real SMTP server in the test (the SmtpServer package) and whose
/// clock the tests move, so "two minutes without a stream" needs no waiting; Debian's Chromium drives it.
/// Apart from the shared <see cref="BrowserFixture"/>, whose tests must not see these mails or this clock.
/// </summary>
public sealed class MailBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SmtpSink Smtp { get; } = SmtpSink.Start();

    public MovableClock Clock { get; } = new();

    public ChatflowsFactory Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private Uri _baseAddress = null!;

    public async Task InitializeAsync()
    {
        var settings = Smtp.Settings;
        settings["Chatflows:Limits:StartsPerMinutePerVisitor"] = "1000";
        Host = new ChatflowsFactory(TestDatabase.Create(DatabaseProvider.Sqlite), settings: settings, services: s => s.AddSingleton<TimeProvider>(Clock));
        _baseAddress = await Task.Run(Host.StartKestrel);
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context (no cookies, no storage): a visitor on another device or browser.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        List<string> errors = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
