using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Inbox;

/// <summary>
/// Issue #9's story end to end, in two browser contexts on one running demo: a visitor asks the bot for a
/// person, an agent takes the conversation over and replies live, closes it, the visitor rates it, and a
/// second conversation from the same visitor ends in a ticket — each step seen by the other side without a reload.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class InboxStoryBrowserTests(BrowserFixture fixture)
{
    private const string Email = "lotte@ledgerly.example";
    private const string Password = "Lotte-Agent-Passw0rd!";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Visitor_and_agent_hold_a_live_conversation_that_ends_with_a_rating_and_a_ticket()
    {
        // Away, so the bot cannot route the visitor to her: she sees the conversation arrive and takes it over.
        await fixture.Host.InScopeAsync(async services =>
        {
            Assert.Empty(await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(Email, "Lotte Agent", ["Agent"], Password, 3)));
            var user = await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(Email);
            await services.GetRequiredService<AgentAvailability>().SetAsync(user!.Id, false, CancellationToken.None);
        });
        var (agentPage, agentErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(agentPage, "/admin/inbox", Email, Password);
        await Expect(agentPage.GetByRole(AriaRole.Heading, new() { Name = "Inbox" })).ToBeVisibleAsync();
        var rowsBefore = await agentPage.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");

        var (visitorPage, visitorErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(visitorPage);
        await visitorPage.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);

        // The agent's list grows by the visitor's conversation without a reload.
        await Expect(agentPage.Locator("tr[data-conversation]")).ToHaveCountAsync(rowsBefore.Length + 1, new() { Timeout = 15_000 });
        await Axe.AssertNoViolationsAsync(agentPage);
        var rowsAfter = await agentPage.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");
        var conversationId = Assert.Single(rowsAfter.Except(rowsBefore));
        await agentPage.Locator($"tr[data-conversation='{conversationId}']").GetByRole(AriaRole.Link).ClickAsync();
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();
        await Expect(agentPage.GetByRole(AriaRole.Status)).ToContainTextAsync("You took over the conversation");
        await Axe.AssertNoViolationsAsync(agentPage);
        await agentPage.GetByLabel("Reply to the visitor").FillAsync("Hello, Lotte here. What can I do for you?");
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();

        await Expect(widget.Text("Hello, Lotte here. What can I do for you?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Can I pay yearly?");
        await widget.Input.PressAsync("Enter");
        await Expect(agentPage.Locator("#cf-transcript").GetByText("Can I pay yearly?")).ToBeVisibleAsync(Slow);
        await agentPage.GetByLabel("Reply to the visitor").FillAsync("Yes, with two months free.");
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(widget.Text("Yes, with two months free.")).ToBeVisibleAsync(Slow);
        await agentPage.GetByRole(AriaRole.Button, new() { Name = "Close conversation" }).ClickAsync();
        await Expect(agentPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Conversation closed.");

        // The visitor rates; the agent, still on the thread, sees the rating arrive.
        var comment = $"Quick & clear <i>answer</i> {Guid.NewGuid():N}";
        await Expect(widget.Panel.GetByRole(AriaRole.Group, new() { Name = "How would you rate this conversation?" })).ToBeVisibleAsync(Slow);
        await widget.Panel.Locator(".cf-rating label").Nth(3).ClickAsync(); // a mouse clicks the fourth star
        await Expect(widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "4 of 5 stars" })).ToBeCheckedAsync();
        await widget.Panel.GetByLabel("Anything you'd like to add? (optional)").FillAsync(comment);
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send rating" }).ClickAsync();
        await Expect(widget.Text("Thank you for your feedback!")).ToBeVisibleAsync(Slow);
        await Expect(agentPage.Locator("#cf-rating")).ToContainTextAsync("4 of 5 stars", new() { Timeout = 15_000 });
        await Expect(agentPage.Locator("#cf-rating")).ToContainTextAsync(comment);
        await agentPage.ReloadAsync();
        await Expect(agentPage.Locator("#cf-rating")).ToContainTextAsync(comment);
        await Axe.AssertNoViolationsAsync(agentPage);

        // The same visitor comes back while nobody is available: the bot takes the question as a ticket.
        await widget.Choice("Start a new conversation").ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("pay.yearly@example.com");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("Please send me a yearly invoice");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Your question is logged under")).ToBeVisibleAsync(Slow);
        var reference = TicketReference().Match((await widget.Text("Your question is logged under").TextContentAsync())!).Value;

        // Survey results are for whoever views analytics: the site's administrator reads them.
        var (managerPage, managerErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(managerPage, "/admin/surveys");
        await Expect(managerPage.GetByText(comment)).ToBeVisibleAsync();
        await Expect(managerPage.Locator("td[data-rating='4']")).Not.ToHaveTextAsync("0");
        await agentPage.GotoAsync("/admin/tickets");
        await Expect(agentPage.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await agentPage.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(agentPage.GetByText("Please send me a yearly invoice").First).ToBeVisibleAsync();
        Assert.True(visitorErrors.Count == 0, string.Join("\n", visitorErrors));
        Assert.True(agentErrors.Count == 0, string.Join("\n", agentErrors));
        Assert.True(managerErrors.Count == 0, string.Join("\n", managerErrors));
    }

    [GeneratedRegex("T-[0-9A-Z]{6}")]
    private static partial Regex TicketReference();
}
