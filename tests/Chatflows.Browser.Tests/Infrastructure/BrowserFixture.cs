using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Chatflows.Testing;
using Microsoft.Playwright;

namespace Chatflows.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (never `playwright install`) against the demo host on real
/// Kestrel at 127.0.0.1. One browser and one host per test collection; each test gets its own context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    // Pages of earlier tests keep their event streams open, and Chromium allows six HTTP/1.1 connections
    // per host across contexts: left open, they would starve later tests' requests. Tests of one
    // collection run one at a time and use at most three contexts, so older ones are closed.
    private const int OpenContexts = 4;
    private readonly Queue<IBrowserContext> _contexts = new();

    /// <summary>The secret the host verifies identification tokens with (O10).</summary>
    public const string IdentitySecret = "browser-tests-identification-secret-0123456789";

    public ChatflowsFactory Host { get; private set; } = null!;

    /// <summary>Another website, whose origin the host allows to embed the widget (W9).</summary>
    public PlainSite OtherSite { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every page of the suite starts as an anonymous visitor from 127.0.0.1, so the per-address start
        // limit (10 a minute) would be shared by all tests; the limit itself is tested over HTTP.
        await OtherSite.StartAsync();
        Host = new ChatflowsFactory(TestDatabase.Create(DatabaseProvider.Sqlite), settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:StartsPerMinutePerVisitor"] = "1000",
            ["Chatflows:Widget:AllowedOrigins:0"] = OtherSite.Origin.GetLeftPart(UriPartial.Authority),
            ["Chatflows:Identification:Secret"] = IdentitySecret,
        });
        BaseAddress = await Task.Run(Host.StartKestrel);
        await WithoutConsentQuestionsAsync("concierge");
        _playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// The conversation tests talk to the demo's concierge without the consent questions (O6, O7) in the
    /// way; consent itself is tested on chatflows of its own (WidgetConsentTests).
    /// </summary>
    private Task WithoutConsentQuestionsAsync(string chatflowId) => Host.InScopeAsync(async services =>
    {
        var store = services.GetRequiredService<ChatflowStore>();
        var (draft, version) = (await store.GetDraftAsync(chatflowId, CancellationToken.None))!.Value;
        var consent = new ConsentSettings { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } };
        var saved = await store.SaveDraftAsync(draft with { Consent = consent }, version, CancellationToken.None);
        Assert.True(saved.Succeeded);
        Assert.True((await store.PublishAsync(chatflowId, CancellationToken.None)).Published);
    });

    /// <summary>A fresh browser context (cookies, storage) on the host, collecting console errors.</summary>
    public async Task<(IPage Page, List<string> ConsoleErrors)> NewPageAsync(ViewportSize? viewport = null, string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
            TimezoneId = timezoneId,
        });
        _contexts.Enqueue(context);
        while (_contexts.Count > OpenContexts)
        {
            await _contexts.Dequeue().CloseAsync();
        }

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
        await OtherSite.DisposeAsync();
    }
}
