using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Inbox;

[Collection(BrowserTestGroup.Name)]
public sealed class LiveInboxBrowserTests(BrowserFixture fixture)
{
    private const string Email = "bea@ledgerly.example";
    private const string Password = "Bea-Agent-Passw0rd!";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Agent_takes_over_and_replies_live_typing_shows_both_ways_and_closing_shows_the_widget_end()
    {
        // Away, so the bot cannot route the visitor to her: she takes the conversation over herself.
        await fixture.Host.InScopeAsync(async services =>
        {
            Assert.Empty(await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(Email, "Bea Agent", ["Agent"], Password, 3)));
            var user = await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(Email);
            await services.GetRequiredService<AgentAvailability>().SetAsync(user!.Id, false, CancellationToken.None);
        });
        var (agentPage, agentErrors) = await fixture.NewPageAsync();
        await agentPage.GotoAsync("/admin/inbox?view=unassigned");
        await agentPage.GetByLabel("E-mail").FillAsync(Email);
        await agentPage.GetByLabel("Password").FillAsync(Password);
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(agentPage.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
        // Other tests of the suite leave conversations in this inbox: the one to open is the one that appears.
        var rowsBefore = await agentPage.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");

        var (visitorPage, visitorErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(visitorPage);
        await visitorPage.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);

        // The new conversation appears in the open inbox without a reload.
        await Expect(agentPage.Locator("tr[data-conversation]")).ToHaveCountAsync(rowsBefore.Length + 1, new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(agentPage);
        var rowsAfter = await agentPage.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");
        var appeared = Assert.Single(rowsAfter.Except(rowsBefore));
        await agentPage.Locator($"tr[data-conversation='{appeared}']").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(agentPage.Locator("#cf-transcript").GetByText("nobody from the team is available")).ToBeVisibleAsync();
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();
        await Expect(agentPage.GetByRole(AriaRole.Status)).ToContainTextAsync("You took over the conversation");
        await Axe.AssertNoViolationsAsync(agentPage);
        await agentPage.GetByLabel("Reply to the visitor").FillAsync("Hi, I'm Bea <b>from</b> Ledgerly. How can I help?");
        await Expect(widget.Panel.Locator(".cf-typing")).ToBeVisibleAsync(Slow);
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();

        await Expect(widget.Text("Hi, I'm Bea <b>from</b> Ledgerly. How can I help?")).ToBeVisibleAsync(Slow);

        // Typing is not replayed: the reloaded thread must be listening before the visitor types.
        await Expect(agentPage.Locator("#cf-transcript[data-live='connected']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await widget.Input.FillAsync("I can't find my VAT report");
        await Expect(agentPage.GetByText("The visitor is typing…")).ToBeVisibleAsync(Slow);
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(agentPage.Locator("#cf-transcript").GetByText("I can't find my VAT report")).ToBeVisibleAsync(Slow);
        var seen = agentPage.Locator("#cf-transcript .cf-msg-seen");
        await Expect(seen).ToHaveCountAsync(1, new() { Timeout = 15_000 }); // the visitor's widget read Bea's first reply

        // A reply the visitor reads only later: "Seen" moves to it live, in the thread Bea has open.
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();
        await agentPage.GetByLabel("Reply to the visitor").FillAsync("Let me check that for you.");
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(agentPage.Locator("#cf-transcript[data-live='connected']")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(visitorPage.Locator("chatflows-launcher .cf-badge")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await Expect(seen.Locator("xpath=..").GetByText("How can I help?")).ToHaveCountAsync(1);
        await widget.Launcher.ClickAsync();
        await Expect(seen.Locator("xpath=..").GetByText("Let me check that for you.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(seen).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(agentPage);
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Close conversation" }).ClickAsync();

        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync(Slow);
        await Expect(widget.Choice("Start a new conversation")).ToBeVisibleAsync();
        Assert.Empty(visitorErrors);
        Assert.Empty(agentErrors);
    }
}
