using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Live;
using Chatflows.Users;
using Chatflows.Visitors.Continuity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>A visit, not a page (issue 16): a started chat carries on across pages, reloads, tabs and visits.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetContinuityTests(BrowserFixture fixture)
{
    private const string Email = "continuity-agent@ledgerly.example";
    private const string Password = "Continuity-Passw0rd!";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };
    private static readonly ConsentSettings CookieQuestion = new()
    {
        CookieConsent = new() { When = CookieConsentTiming.BeforeChat },
        DataProcessing = new() { Enabled = false },
    };

    [Fact]
    public async Task With_cookies_declined_the_chat_carries_on_to_the_next_page_and_a_reload_without_asking_again()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-declined", consent: CookieQuestion);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);

        await page.GotoAsync("/");

        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow); // open, as it was, with the history
        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToHaveCountAsync(0);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        await WidgetConsentTests.AssertOnlyTheTabsChatIsStoredAsync(page);

        await page.ReloadAsync();
        await Expect(widget.Text("Thanks, bye.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(widget.Text("Noor")).ToHaveCountAsync(1);
        await Expect(widget.Text(WidgetTestFlows.Question)).ToHaveCountAsync(1);
        Assert.Equal(1, await CountAsync("test-carry-declined"));

        var fresh = await page.Context.NewPageAsync(); // without the cookie a new tab starts fresh
        await fresh.GotoAsync(WidgetPath("carry-declined"));
        await Expect(new ChatWidget(fresh).Launcher).ToBeVisibleAsync(Slow);
        await Expect(new ChatWidget(fresh).Panel).ToBeHiddenAsync();
        await WidgetConsentTests.AssertNothingStoredAsync(fresh);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Without_the_cookie_the_chat_carries_on_to_a_page_no_chatflow_targets_until_it_ended()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-untargeted", consent: CookieQuestion);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);

        await page.GotoAsync("/privacy"); // no chatflow targets it

        await Expect(widget.Text(WidgetTestFlows.Question)).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        await WidgetConsentTests.AssertOnlyTheTabsChatIsStoredAsync(page);
        Assert.Equal(1, await CountAsync("test-carry-untargeted"));

        await page.GotoAsync("/privacy"); // the chat ended: the page is as it would be without it
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(page.Locator("chatflows-launcher")).ToHaveCountAsync(0);
        await Expect(page.Locator("chatflows-widget")).ToHaveCountAsync(0);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Leaving_before_answering_the_cookie_question_stores_nothing_and_the_next_chat_asks_again()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-unanswered", consent: CookieQuestion);
        var (page, _) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToBeVisibleAsync(Slow);

        await page.GotoAsync(path);
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await WidgetConsentTests.AssertNothingStoredAsync(page);
        await widget.Launcher.ClickAsync();

        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToBeVisibleAsync(Slow);
        await WidgetConsentTests.AssertNothingStoredAsync(page);
        Assert.Equal(0, await CountAsync("test-carry-unanswered"));
    }

    [Fact]
    public async Task With_cookies_allowed_a_new_tab_gets_the_open_conversation_back_and_a_message_sent_in_one_tab_shows_once_in_the_other()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-tabs", consent: CookieQuestion);
        var (first, consoleErrors) = await fixture.NewPageAsync();
        var one = new ChatWidget(first);
        await first.GotoAsync($"{path}#chat-open");
        await one.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await Expect(one.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);

        var second = await first.Context.NewPageAsync(); // a new tab: its session storage is empty, the cookie is not
        var two = new ChatWidget(second);
        await second.GotoAsync("/");
        await two.Launcher.ClickAsync();
        await Expect(two.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await one.Input.FillAsync("Noor");
        await one.Input.PressAsync("Enter");

        await Expect(two.Text("Noor")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(two.Text("Thanks, bye.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(one.Text("Thanks, bye.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await first.WaitForTimeoutAsync(500);
        await Expect(one.Text("Noor")).ToHaveCountAsync(1);
        await Expect(two.Text("Noor")).ToHaveCountAsync(1);
        Assert.Equal(1, await CountAsync("test-carry-tabs"));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task An_agent_reply_while_the_visitor_is_on_another_page_shows_a_badge_then_the_reply_once()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-badge");
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/conversations", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.GotoAsync($"{path}#chat-open");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        var conversationId = System.Text.Json.JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();

        await page.GotoAsync("/");
        var streaming = page.WaitForRequestAsync(r => r.Url.Contains("/events?", StringComparison.Ordinal), new() { Timeout = 15_000 });
        await Expect(page.Locator("chatflows-launcher")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await streaming;
        await ReplyAsAgentAsync(conversationId, "Your invoice is ready.");

        var badge = page.Locator("chatflows-launcher .cf-badge");
        await Expect(badge).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Open chat, Unread messages: 1" });
        await Expect(launcher).ToBeVisibleAsync();
        await Expect(page.Locator("chatflows-launcher [role=status]")).ToHaveTextAsync("Unread messages: 1");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.Chatflows.getConversation().unread"));
        await Axe.AssertNoViolationsAsync(page, "chatflows-launcher");
        await launcher.ClickAsync();

        await Expect(widget.Text("Your invoice is ready.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(badge).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(widget.Text("Your invoice is ready.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(page.Locator("chatflows-launcher .cf-badge")).ToBeHiddenAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task On_the_demo_a_visitor_who_follows_the_menu_to_pricing_keeps_talking()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync("/");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);

        await page.GetByRole(AriaRole.Navigation).First.GetByRole(AriaRole.Link, new() { Name = "Pricing", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/pricing");

        await Expect(widget.Text("nobody from the team is available")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.Input.FillAsync("noor@example.com");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await Admin.AdminPages.ScreenshotAsync(page, "continuity-pricing.png");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Data_processing_is_agreed_once_per_version_of_the_text_and_a_new_version_asks_again()
    {
        var explicitNotice = new ConsentSettings
        {
            CookieConsent = new() { Enabled = false },
            DataProcessing = new() { Type = DataProcessingType.Explicit, Text = "We process your answers. Version one." },
        };
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-versions", consent: explicitNotice);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var agree = widget.Panel.GetByRole(AriaRole.Button, new() { Name = "I agree" });
        await page.GotoAsync($"{path}#chat-open");
        var recorded = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/consents", StringComparison.Ordinal));
        await agree.ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await recorded; // the answer reaches the server before the visitor moves on

        await page.GotoAsync("/");
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await Expect(agree).ToHaveCountAsync(0);
        await WidgetTestFlows.PublishAsync(fixture.Host, "carry-versions", consent: explicitNotice with
        {
            DataProcessing = explicitNotice.DataProcessing with { Text = "We process your answers. Version two." },
        });
        await page.GotoAsync("/pricing");

        await Expect(widget.Panel.GetByText("Version two.")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Noor")).ToHaveCountAsync(0); // nothing goes out before the new text is agreed to
        await agree.ClickAsync();
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        var answers = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.AsNoTracking()
            .Where(c => c.ChatflowId == "test-carry-versions").Select(c => c.Version).ToListAsync());
        Assert.Equal(2, answers.Distinct().Count());
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Many_tabs_share_one_event_stream_and_the_last_one_still_talks()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-many", consent: CookieQuestion);
        var (first, consoleErrors) = await fixture.NewPageAsync();
        var streams = 0;
        first.Context.Request += (_, request) =>
        {
            if (request.Url.Contains("/events?", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref streams);
            }
        };
        await first.GotoAsync($"{path}#chat-open");
        await new ChatWidget(first).Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await Expect(new ChatWidget(first).Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        List<IPage> tabs = [first];
        for (var i = 0; i < 7; i++)
        {
            var tab = await first.Context.NewPageAsync();
            await tab.GotoAsync("/");
            await Expect(tab.Locator("chatflows-launcher")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            tabs.Add(tab);
        }

        var last = new ChatWidget(tabs[^1]);
        await last.Launcher.ClickAsync();
        await last.Input.FillAsync("Noor");
        await last.Input.PressAsync("Enter");

        await Expect(last.Text("Thanks, bye.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(new ChatWidget(first).Text("Noor")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.Equal(1, streams);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_visitor_with_the_cookie_comes_back_the_next_day_to_the_agents_reply_and_earlier_conversations()
    {
        var path = await WidgetTestFlows.PublishAsync(fixture.Host, "carry-return", consent: CookieQuestion);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await Expect(widget.Text(WidgetTestFlows.Question)).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, bye.")).ToBeVisibleAsync(Slow);
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/conversations", StringComparison.Ordinal) && r.Request.Method == "POST");
        await widget.Choice("Start a new conversation").ClickAsync();
        var conversationId = System.Text.Json.JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
        await ReplyAsAgentAsync(conversationId, "I will look into it and write tomorrow.");
        await Expect(widget.Text("I will look into it and write tomorrow.")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Thank you!");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thank you!")).ToBeVisibleAsync(Slow);
        var cookies = await page.Context.CookiesAsync();
        await page.Context.CloseAsync();

        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        await fixture.Host.InScopeAsync(s => new IdleConversationCloser(s.GetRequiredService<ChatflowsDbContext>(), s.GetRequiredService<Chatflows.Visitors.TurnBatcher>(), new FixedTime(tomorrow),
            s.GetRequiredService<IOptions<ConversationsOptions>>(), s.GetRequiredService<ConversationEvents>(), NullLogger<IdleConversationCloser>.Instance)
            .CloseIdleAsync(CancellationToken.None));
        await ReplyAsAgentAsync(conversationId, "Your export is ready.", takeOver: false);
        var (next, nextErrors) = await fixture.NewPageAsync(); // another day, another window: only the cookie is left
        await next.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, SameSite = c.SameSite }));
        await next.Clock.InstallAsync(new() { TimeDate = tomorrow.UtcDateTime });
        await next.GotoAsync("/blog");
        var back = new ChatWidget(next);

        await Expect(next.Locator("chatflows-launcher .cf-badge")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await next.GetByRole(AriaRole.Button, new() { Name = "Open chat, Unread messages: 1" }).ClickAsync();
        await Expect(back.Text("Your export is ready.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(back.Text("I will look into it and write tomorrow.")).ToHaveCountAsync(1);
        await back.Panel.GetByRole(AriaRole.Button, new() { Name = "Earlier conversations" }).ClickAsync();
        var earlier = back.Panel.Locator(".cf-earlier");
        await earlier.Locator("summary").First.ClickAsync();
        await Expect(earlier.GetByText("Thanks, bye.")).ToBeVisibleAsync(Slow);
        Assert.Equal(1, await earlier.Locator("li").CountAsync());
        var status = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId).Select(c => c.Status).SingleAsync());
        Assert.Equal(ConversationStatuses.HandedOff, status); // a handed-off conversation stays open for a week, not a day
        await Axe.AssertNoViolationsAsync(next, "chatflows-widget");
        Assert.Empty(consoleErrors);
        Assert.Empty(nextErrors);
    }

    private static string WidgetPath(string variant) => $"/pricing?variant={variant}";

    private Task<int> CountAsync(string chatflowId) => fixture.Host.InScopeAsync(s =>
        s.GetRequiredService<ChatflowsDbContext>().Conversations.CountAsync(c => c.ChatflowId == chatflowId));

    private Task ReplyAsAgentAsync(string conversationId, string text, bool takeOver = true) => fixture.Host.InScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
        if (await users.FindByEmailAsync(Email) is null)
        {
            Assert.Empty(await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(Email, "Continuity Agent", ["Agent"], Password, 3)));
        }

        var agent = (await users.FindByEmailAsync(Email))!;
        var actions = services.GetRequiredService<InboxActions>();
        if (takeOver)
        {
            Assert.Equal(InboxOutcome.Done, await actions.TakeOverAsync(conversationId, agent, CancellationToken.None));
        }

        Assert.Equal(InboxOutcome.Done, (await actions.WriteMessageAsync(conversationId, agent, text, note: false, CancellationToken.None)).Outcome);
    });

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
