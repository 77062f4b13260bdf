using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Storage;
using Chatflows.Visitors.Identification;
using Chatflows.Widget;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>The loader's page API on a page the site builds itself, as a site developer would use it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetScriptApiTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_page_with_its_own_Chatflows_global_keeps_it_and_drives_the_widget_through_ChatflowsWidget()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var assets = fixture.Host.Services.GetRequiredService<WidgetAssets>();
        // A page of the host's origin that is not part of the demo: the test serves it to the browser.
        await page.RouteAsync("**/developer-page", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html lang="en"><head><title>Developer page</title>
                <script>window.Chatflows = { mine: true }; window.seen = [];</script></head>
                <body><h1>Our own app</h1>
                <script src="/chatflows/widget/{{assets.LoaderFile}}" data-delay-load="true"></script>
                <script>ChatflowsWidget.on('open', () => seen.push('open')); ChatflowsWidget.on('close', () => seen.push('close'));</script>
                </body></html>
                """,
        }));
        await page.GotoAsync("/developer-page");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("chatflows-launcher")).ToHaveCountAsync(0);

        await page.EvaluateAsync("() => { ChatflowsWidget.load(); ChatflowsWidget.open(); }");
        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.Text("What can I help you with?")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.EvaluateAsync("() => ChatflowsWidget.close()");

        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.Chatflows.mine === true"));
        Assert.Equal(["open", "close"], await page.EvaluateAsync<string[]>("() => window.seen"));
        await WidgetConsentTests.AssertOnlyTheTabsChatIsStoredAsync(page);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Identify_links_the_conversation_to_the_contact_and_the_page_hears_every_event()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "identify");
        var assets = fixture.Host.Services.GetRequiredService<WidgetAssets>();
        var token = IdentityTokens.Create(BrowserFixture.IdentitySecret,
            new VisitorIdentity("sam.identified@example.com", "Sam Jansen", "cust-7", DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()));
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.RouteAsync(new Regex("/signed-in-page"), route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html lang="en"><head><title>Signed in</title></head><body><h1>Your account</h1>
                <script src="/chatflows/widget/{{assets.LoaderFile}}"></script>
                <script>
                  window.seen = [];
                  Chatflows.identify('{{token}}');
                  for (const name of ['open', 'close', 'message', 'conversationEnded'])
                    Chatflows.on(name, (detail) => seen.push(name + (detail && detail.author ? ':' + detail.author + ':' + detail.text : '')));
                </script>
                </body></html>
                """,
        }));
        await page.GotoAsync("/signed-in-page" + path[path.IndexOf('?', StringComparison.Ordinal)..]);

        await widget.Launcher.ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await widget.Input.FillAsync("Sam");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();

        Assert.Equal(
            ["open", $"message:bot:{WidgetTestFlows.Welcome}", $"message:bot:{WidgetTestFlows.Question}", "message:visitor:Sam", "message:bot:Thanks, bye.", "conversationEnded", "close"],
            await page.EvaluateAsync<string[]>("() => window.seen"));
        var email = await fixture.Host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.ChatflowId == "test-identify");
            return await db.Contacts.AsNoTracking().Where(c => c.Id == conversation.ContactId).Select(c => c.Email).SingleOrDefaultAsync();
        });
        Assert.Equal("sam.identified@example.com", email);
        Assert.Empty(consoleErrors);
    }
}
