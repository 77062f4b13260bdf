using Chatflows.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// Pages and texts that try to break the widget: a host page's CSS and globals, and markup typed by an
/// editor into the bot's messages. Neither may change how the widget looks or run anything.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetHostilePageTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_page_that_unsets_all_styles_hides_buttons_and_owns_Chatflows_still_gets_a_working_widget()
    {
        var query = new Uri(fixture.BaseAddress, await WidgetTestFlows.PublishAsync(fixture.Host, "hostile")).Query;
        var snippet = new Uri(fixture.BaseAddress, "/chatflows/embed.js");
        var url = fixture.OtherSite.Serve("/hostile", $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
            <style>* { all: unset; } button { display: none !important; } div { position: static !important; width: 1px !important; }</style>
            <script>var Chatflows = 'the page owns this name';</script></head>
            <body><main><h1>Hostile page</h1></main><script async src="{{snippet}}"></script></body></html>
            """);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync(url + query);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        var launcher = (await widget.Launcher.BoundingBoxAsync())!;
        await widget.Launcher.ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        Assert.Equal((56f, 56f), (launcher.Width, launcher.Height));
        Assert.Equal(1280f - 20f, launcher.X + launcher.Width, 1f); // fixed at the bottom right, as designed
        Assert.Equal(800f - 20f, launcher.Y + launcher.Height, 1f);
        var panel = (await widget.Panel.BoundingBoxAsync())!;
        Assert.Equal(370f, panel.Width, 1f);
        Assert.Equal("the page owns this name", await page.EvaluateAsync<string>("() => window.Chatflows"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.ChatflowsWidget.__chatflows === true"));
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Markup_in_the_editors_bot_texts_is_shown_as_text_and_runs_nothing()
    {
        const string Welcome = "<img src=x onerror=\"window.__pwned='welcome'\"> Welcome!";
        const string Question = "<script>window.__pwned='question'</script><b>Your name?</b>";
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "markup", welcome: Welcome, question: Question);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Welcome })).ToBeVisibleAsync(Slow); // the welcome bubble (D2)
        await widget.Launcher.ClickAsync();
        await Expect(widget.Text(Question)).ToBeVisibleAsync(Slow);
        await Expect(widget.Text(Welcome)).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('chatflows-widget, chatflows-launcher')]
              .reduce((n, host) => n + host.shadowRoot.querySelectorAll('img:not(.cf-avatar), script, b').length, 0)
            """));
        Assert.Empty(consoleErrors);
    }
}
