using System.Text.Json;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// A tab the visitor is not looking at gives its event stream back (a browser has only six connections to a
/// site over HTTP/1.1) and, shown again, catches up on what the agent wrote meanwhile, once.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetHiddenTabTests(BrowserFixture fixture)
{
    private const string Email = "hidden-tab-agent@ledgerly.example";
    private const string Password = "Hidden-Tab-Passw0rd!";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_hidden_tab_lets_its_event_stream_go_and_shown_again_shows_the_agents_reply_once()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "hidden-tab");
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await page.Clock.InstallAsync();
        var streams = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/events?", StringComparison.Ordinal))
            {
                streams.Add(request.Url);
            }
        };
        var widget = new ChatWidget(page);
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/conversations", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        var conversationId = JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
        await page.WaitForRequestAsync(r => r.Url.Contains("/events?", StringComparison.Ordinal), new() { Timeout = 15_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.Single(streams);

        await SetVisibilityAsync(page, "hidden");
        await page.Clock.RunForAsync(16_000);
        await ReplyAsAgentAsync(conversationId, "Still there? Your invoice is ready.");
        await page.WaitForTimeoutAsync(1_000);
        await Expect(widget.Text("Still there? Your invoice is ready.")).ToHaveCountAsync(0);

        await SetVisibilityAsync(page, "visible");
        await Expect(widget.Text("Still there? Your invoice is ready.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal(2, streams.Count);
        Assert.Contains("after=", streams[1], StringComparison.Ordinal);
        Assert.DoesNotContain("after=0&", streams[1], StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(500);
        await Expect(widget.Text("Still there? Your invoice is ready.")).ToHaveCountAsync(1);
        Assert.Empty(consoleErrors);
    }

    private static async Task SetVisibilityAsync(IPage page, string state) => await page.EvaluateAsync(
        """
        state => {
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
          document.dispatchEvent(new Event('visibilitychange'));
        }
        """, state);

    private Task ReplyAsAgentAsync(string conversationId, string text) => fixture.Host.InScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
        if (await users.FindByEmailAsync(Email) is null)
        {
            Assert.Empty(await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(Email, "Hidden Tab Agent", ["Agent"], Password, 3)));
        }

        var agent = (await users.FindByEmailAsync(Email))!;
        var actions = services.GetRequiredService<InboxActions>();
        Assert.Equal(InboxOutcome.Done, await actions.TakeOverAsync(conversationId, agent, CancellationToken.None));
        Assert.Equal(InboxOutcome.Done, (await actions.WriteMessageAsync(conversationId, agent, text, note: false, CancellationToken.None)).Outcome);
    });
}
