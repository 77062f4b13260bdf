using System.Globalization;
using System.Text.Json;
using Chatflows.Testing;
using Microsoft.Playwright;

namespace Chatflows.Benchmarks.Widget;

/// <summary>
/// What the widget costs a page in a real browser (Debian's Chromium through Playwright): the same demo
/// page with the loader injected and without, loaded alternately in one run, each in a fresh context
/// (cold cache, as a first visit). Per load: the load event, long tasks (&gt; 50 ms), layout shift, and
/// requests to any origin other than the page's.
/// </summary>
internal static class PageLoadBudget
{
    private const string Measure = """
        async () => {
          const launcher = document.querySelector('chatflows-launcher');
          const nav = performance.getEntriesByType('navigation')[0];
          return JSON.stringify({
            load: nav.loadEventEnd - nav.startTime,
            longTasks: window.__cfLongTasks || 0,
            cls: window.__cfShift || 0,
            launcher: !!launcher,
            widgetBeforeLoad: performance.getEntriesByType('resource').filter(r => r.name.includes('/chatflows/') && r.startTime < nav.loadEventEnd).length,
            dcl: nav.domContentLoadedEventEnd - nav.startTime,
            response: nav.responseEnd - nav.startTime,
            lastResource: Math.max(0, ...performance.getEntriesByType('resource').filter(r => r.startTime < nav.loadEventStart).map(r => r.responseEnd)),
            resources: performance.getEntriesByType('resource').map(r => r.name.split('/').pop() + ':' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd)).join(' '),
          });
        }
        """;

    // Observers start before the page's own scripts, so nothing the loader does is missed.
    private const string Observe = """
        window.__cfShift = 0; window.__cfLongTasks = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cfShift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => { window.__cfLongTasks += list.getEntries().length; })
          .observe({ type: 'longtask', buffered: true });
        """;

    public static async Task RunAsync(Uri withWidget, Uri withoutWidget, int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);

        List<Sample> with = [], without = [];
        await LoadAsync(browser, withWidget); // warm the servers and the browser once, unmeasured
        await LoadAsync(browser, withoutWidget);
        for (var i = 0; i < loads; i++)
        {
            with.Add(await LoadAsync(browser, withWidget));
            without.Add(await LoadAsync(browser, withoutWidget));
        }

        if (!with.All(s => s.Launcher) || without.Any(s => s.Launcher))
        {
            throw new InvalidOperationException("The page with the widget must show the launcher and the page without must not.");
        }

        Report("with widget", with);
        Report("without widget", without);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-event ratio (median with / without): {Median(with, s => s.LoadMs) / Median(without, s => s.LoadMs):0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"long tasks added per load: {with.Average(s => s.LongTasks) - without.Average(s => s.LongTasks):0.00}; " +
            $"CLS added: {with.Max(s => s.Cls) - without.Max(s => s.Cls):0.0000}; third-party requests: {with.Sum(s => s.ThirdParty)}; " +
            $"widget requests started before the load event: {with.Sum(s => s.WidgetRequestsBeforeLoad)} in {with.Count} loads"));
    }

    private static async Task<Sample> LoadAsync(IBrowser browser, Uri url)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await context.AddInitScriptAsync(Observe);
        var page = await context.NewPageAsync();
        var thirdParty = 0;
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).GetLeftPart(UriPartial.Authority) != url.GetLeftPart(UriPartial.Authority) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                thirdParty++;
            }
        };
        await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load });
        // The loader runs after load (async) and asks the API; give it time to show the launcher and shift anything it would.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
        var json = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure)).RootElement;
        // CHATFLOWS_BUDGET_DETAIL=1 prints each load's timeline: when the page's resources (the loader among
        // them) arrived, and when DOMContentLoaded and the load event came, to see where a difference comes from.
        if (Environment.GetEnvironmentVariable("CHATFLOWS_BUDGET_DETAIL") == "1")
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{url.Authority} load {json.GetProperty("load").GetDouble():0} ms, DOMContentLoaded {json.GetProperty("dcl").GetDouble():0}, " +
                $"response {json.GetProperty("response").GetDouble():0}, last resource {json.GetProperty("lastResource").GetDouble():0}: {json.GetProperty("resources").GetString()}"));
        }

        return new Sample(json.GetProperty("load").GetDouble(), json.GetProperty("longTasks").GetInt32(), json.GetProperty("cls").GetDouble(),
            json.GetProperty("launcher").GetBoolean(), thirdParty, json.GetProperty("widgetBeforeLoad").GetInt32());
    }

    private static void Report(string name, List<Sample> samples) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-15} loads {samples.Count}: load event median {Median(samples, s => s.LoadMs):0.0} ms, p90 {Percentile(samples, s => s.LoadMs, 0.9):0.0} ms; " +
        $"long tasks {samples.Sum(s => s.LongTasks)}; CLS max {samples.Max(s => s.Cls):0.0000}"));

    private static double Median(List<Sample> samples, Func<Sample, double> value) => Percentile(samples, value, 0.5);

    private static double Percentile(List<Sample> samples, Func<Sample, double> value, double p)
    {
        var sorted = samples.Select(value).Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }

    /// <param name="WidgetRequestsBeforeLoad">Requests to the module (loader, widget, API) started before the load event ended: the widget can only delay the event through these.</param>
    private sealed record Sample(double LoadMs, int LongTasks, double Cls, bool Launcher, int ThirdParty, int WidgetRequestsBeforeLoad);
}
