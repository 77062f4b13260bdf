using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>A visitor whose connection drops while sending: nothing lost, nothing twice.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetOfflineTests(BrowserFixture fixture)
{
    private const string Offline = "You’re offline. Your message will be sent as soon as you’re back online.";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_message_sent_while_offline_goes_out_once_when_the_connection_is_back()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var conversation = "";
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/messages", StringComparison.Ordinal))
            {
                conversation = request.Url.Split('/')[^2];
            }
        };
        await page.GotoAsync("/#chat-open");
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);

        await page.Context.SetOfflineAsync(true);
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text(Offline)).ToBeVisibleAsync(Slow);
        await page.WaitForTimeoutAsync(4000); // longer than every retry together: offline spends no attempts
        await Expect(widget.Text("Sorry, something went wrong")).ToHaveCountAsync(0);
        await page.Context.SetOfflineAsync(false);

        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text(Offline)).ToHaveCountAsync(0);
        await Expect(widget.Text("nobody from the team is available")).ToHaveCountAsync(1);
        await Expect(widget.Text("Talk to someone")).ToHaveCountAsync(1);
        var visitorMessages = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages
            .CountAsync(m => m.ConversationId == conversation && m.Author == MessageAuthor.Visitor));
        Assert.Equal(1, visitorMessages);
        Assert.DoesNotContain(consoleErrors, e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Back_online_the_widget_catches_up_on_what_it_missed_without_showing_anything_twice()
    {
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var dropped = false;
        // The server stores the turn, but its answer is lost as the connection drops.
        await page.RouteAsync("**/chatflows/api/conversations/*/messages", async route =>
        {
            if (dropped || route.Request.Method != "POST")
            {
                await route.FallbackAsync();
                return;
            }

            dropped = true;
            await route.FetchAsync();
            await page.Context.SetOfflineAsync(true);
            await route.AbortAsync("internetdisconnected");
        });
        await page.GotoAsync("/#chat-open");
        await Expect(widget.Choice("Talk to someone")).ToBeVisibleAsync(Slow);

        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text(Offline)).ToBeVisibleAsync(Slow);
        await page.Context.SetOfflineAsync(false);

        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await page.WaitForTimeoutAsync(500);
        await Expect(widget.Text("nobody from the team is available")).ToHaveCountAsync(1);
        await Expect(widget.Text("Talk to someone")).ToHaveCountAsync(1);
    }
}
