using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>Cookie and data-processing consent in the widget (O6, O7), and the availability line (W6).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetConsentTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Explicit_consent_blocks_sending_until_agreed_and_nothing_is_stored_before_consent()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "explicit", consent: new ConsentSettings
        {
            DataProcessing = new() { Type = DataProcessingType.Explicit, PrivacyPolicyUrl = "https://example.com/privacy" },
        });
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text(WidgetTestFlows.Welcome)).ToHaveCountAsync(0); // the chat waits for the answer
        await AssertNothingStoredAsync(page);

        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel.GetByRole(AriaRole.Link, new() { Name = "Privacy policy" })).ToHaveAttributeAsync("href", "https://example.com/privacy");
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await page.WaitForTimeoutAsync(500);
        await Expect(widget.Text("Noor")).ToHaveCountAsync(0);
        await Expect(widget.Input).ToHaveValueAsync("Noor");
        await AssertOnlyTheTabsChatIsStoredAsync(page);

        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text("Noor")).ToBeVisibleAsync();
        await AssertOnlyTheTabsChatIsStoredAsync(page); // cookies were declined
        var consents = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.AsNoTracking()
            .Where(c => c.ChatflowId == "test-explicit").OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([("cookies", false), ("dataProcessing", true)], consents.Select(c => (c.Kind, c.Granted)));
        Assert.Single(consents.Select(c => c.VisitorId).Distinct());
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Allowing_cookies_lets_the_server_remember_the_visitor()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "cookies", consent: new ConsentSettings
        {
            DataProcessing = new() { Type = DataProcessingType.LegitimateInterest, Text = "We process your answers to help you." },
        });
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Panel.GetByText("We process your answers to help you.")).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel.GetByRole(AriaRole.Button, new() { Name = "I agree" })).ToHaveCountAsync(0);
        await AssertNothingStoredAsync(page);

        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");

        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        var cookies = await page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "chatflows_vid");
    }

    [Fact]
    public async Task On_exit_intent_the_cookie_question_shows_while_the_chat_runs_and_a_yes_sets_the_cookie()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "exit-cookies", consent: new ConsentSettings
        {
            CookieConsent = new() { When = CookieConsentTiming.OnExitIntent },
            DataProcessing = new() { Enabled = false },
        });
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var allow = widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" });
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow); // the chat starts without asking
        await Expect(allow).ToHaveCountAsync(0);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();
        await AssertOnlyTheTabsChatIsStoredAsync(page);

        await page.Mouse.MoveAsync(640, 400);
        await page.Mouse.MoveAsync(640, 5, new() { Steps = 4 });
        await page.Mouse.MoveAsync(640, -20, new() { Steps = 2 });

        await Expect(widget.Panel).ToBeVisibleAsync(); // opened again to ask
        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToBeVisibleAsync(Slow);
        await AssertOnlyTheTabsChatIsStoredAsync(page);
        await allow.ClickAsync();
        await Expect(allow).ToHaveCountAsync(0);
        for (var i = 0; i < 50 && (await page.Context.CookiesAsync()).Count == 0; i++)
        {
            await page.WaitForTimeoutAsync(100);
        }

        var consents = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.AsNoTracking()
            .Where(c => c.ChatflowId == "test-exit-cookies").ToListAsync());
        var consent = Assert.Single(consents);
        Assert.Equal(("cookies", true), (consent.Kind, consent.Granted));
        var visitorId = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.AsNoTracking()
            .Where(c => c.ChatflowId == "test-exit-cookies").Select(c => c.VisitorId).SingleAsync());
        Assert.Equal(visitorId, consent.VisitorId);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "chatflows_vid").Value;
        Assert.Equal(visitorId, fixture.Host.Services.GetRequiredService<Chatflows.Visitors.VisitorIdProtector>().Read(cookie)); // the cookie holds the signed id
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task The_panel_says_what_the_availability_instruction_asks_for()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "status");
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);

        await page.GotoAsync($"{path}#chat-open");
        var instruction = await page.EvaluateAsync<string>(
            "async () => (await (await fetch('/chatflows/api/widget?url=' + encodeURIComponent(location.href))).json()).availability.instruction");

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        Assert.Equal("showResponseTime", instruction);
        await Expect(widget.Panel.Locator(".cf-status")).ToHaveTextAsync("We usually reply in a few minutes");
    }

    [Fact]
    public async Task Back_at_is_told_in_the_visitors_own_time_zone()
    {
        // The team opens again two days from now at 09:00 in New York, where this visitor is; the answer is
        // rewritten to say so, because the demo team's real hours depend on the day the test runs.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var localOpening = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, newYork).Date.AddDays(2).AddHours(9);
        var opening = new DateTimeOffset(localOpening, newYork.GetUtcOffset(localOpening));
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "back-at");
        var (page, consoleErrors) = await fixture.NewPageAsync(timezoneId: "America/New_York");
        await page.RouteAsync("**/chatflows/api/widget?**", async route =>
        {
            var response = await route.FetchAsync();
            var config = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            config["availability"] = new System.Text.Json.Nodes.JsonObject
            {
                ["state"] = "offline", ["instruction"] = "showBackAt", ["typicalResponseTime"] = "none",
                ["nextOpening"] = opening.ToUniversalTime().ToString("O"), ["message"] = "We are away.",
            };
            await route.FulfillAsync(new() { Response = response, Body = config.ToJsonString() });
        });
        var widget = new ChatWidget(page);

        await page.GotoAsync($"{path}#chat-open");

        await Expect(widget.Panel).ToBeVisibleAsync(Slow);
        var status = widget.Panel.Locator(".cf-status");
        await Expect(status).ToContainTextAsync("We’re back");
        await Expect(status).ToContainTextAsync(localOpening.ToString("dddd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(status).ToContainTextAsync("09:00");
        Assert.Empty(consoleErrors);
    }

    /// <summary>No cookie, Web Storage or IndexedDB database before the visitor allowed cookies (O6).</summary>
    internal static async Task AssertNothingStoredAsync(IPage page)
    {
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
    }

    /// <summary>
    /// Once the visitor started a chat, and without cookie consent: the tab's one session-storage entry that
    /// lets the chat carry on (issue 16, docs/privacy.md), and nothing else.
    /// </summary>
    internal static async Task AssertOnlyTheTabsChatIsStoredAsync(IPage page)
    {
        Assert.Empty(await page.Context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Equal(["chatflows"], await page.EvaluateAsync<string[]>("() => Object.keys(sessionStorage)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length"));
    }
}
