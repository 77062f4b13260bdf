using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// Issue #22's story through the pages a person uses, axe 0 on each: an editor builds a chatflow whose
/// quick replies come from the row editor and whose team, contact property and meeting type come from
/// lists, sets two triggers and the away behaviour, publishes; a visitor gets exactly that; the agent
/// in that team turns the conversation into a ticket that links back to it.
/// </summary>
[Collection(SeedFeaturesStoryBrowserGroup.Name)]
public sealed class SeedFeaturesStoryBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };
    private const string Team = "Story agents";
    private const string Question = "What brings you here today?";
    private const string HandOff = "Passing you to the story agents now.";
    private const string AgentEmail = "tess@ledgerly.example";
    private const string AgentPassword = "Tess-Agent-Passw0rd!";

    [Fact]
    public async Task Editor_builds_and_publishes_from_lists_and_rows_a_visitor_follows_it_and_the_agent_makes_a_ticket()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsync(page, "/admin/users");
        await AddAgentAsync(page);
        await AddTeamAsync(page);
        await ChooseAwayBehaviourAsync(page);
        var id = await CreateFromScratchAsync(page);
        await BuildAsync(page, id);
        await TriggersAsync(page, id);
        await TargetPricingAsync(page, id);
        await PublishAndSwitchOnAsync(page, id);
        var (agent, agentErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsync(agent, "/admin/inbox", AgentEmail, AgentPassword);
        var before = await AvailableInInboxAsync(agent);

        var (visitor, visitorErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(visitor);
        await visitor.GotoAsync("/pricing");
        await Expect(widget.Panel).ToBeVisibleAsync(Slow); // opened by the timer, nobody clicked
        await widget.Choice("No thanks").ClickAsync();
        await widget.Choice("I agree").ClickAsync();
        await Expect(widget.Text(Question)).ToBeVisibleAsync(Slow);
        var replies = widget.Panel.Locator(".cf-replies button");
        await Expect(replies).ToHaveTextAsync(["Pricing", "Book a demo", "Talk to sales"]);
        await Axe.AssertNoViolationsAsync(visitor);
        await widget.Choice("Talk to sales").ClickAsync();
        await Expect(widget.Text(HandOff)).ToBeVisibleAsync(Slow);
        await Axe.AssertNoViolationsAsync(visitor);

        await TicketFromTheConversationAsync(agent, before);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        Assert.True(agentErrors.Count == 0, string.Join("\n", agentErrors));
        Assert.True(visitorErrors.Count == 0, string.Join("\n", visitorErrors));
    }

    private static async Task AddAgentAsync(IPage page)
    {
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add user" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(AgentEmail);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Tess Agent");
        await page.GetByLabel("Password").FillAsync(AgentPassword);
        await page.Locator("#role-Agent").CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByText(AgentEmail).First).ToBeVisibleAsync();
    }

    private static async Task AddTeamAsync(IPage page)
    {
        await page.GotoAsync("/admin/teams");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add team" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(Team);
        await page.GetByLabel(AgentEmail).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = Team, Exact = true })).ToBeVisibleAsync();
    }

    private static async Task ChooseAwayBehaviourAsync(IPage page)
    {
        await page.GotoAsync("/admin/channel");
        var away = page.GetByRole(AriaRole.Group, new() { Name = "Away (agents exist, but none is available)" });
        await away.GetByLabel("Show the usual response time").CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Chat channel saved.");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Away (agents exist, but none is available)" })
            .GetByLabel("Show the usual response time")).ToBeCheckedAsync();
    }

    private static async Task<string> CreateFromScratchAsync(IPage page)
    {
        await page.GotoAsync("/admin/chatflows");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create chatflow" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Seed story");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Scratch" }).CheckAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create chatflow" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Seed story", Level = 1 })).ToBeVisibleAsync();
        return new Uri(page.Url).Segments[^1];
    }

    /// <summary>ask → book a meeting → hand off; the answer "sales" branches straight to the hand-off.</summary>
    private static async Task BuildAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/build");
        await InsertAsync(page, "Add an action at the start", "Ask question");
        var ask = page.Locator("#action-ask-question-1");
        await ask.GetByLabel("Text (required)").FillAsync(Question);
        foreach (var (row, label, value) in new[] { (1, "Pricing", "pricing"), (2, "Talk to sales", "sales"), (3, "Book a demo", "demo") })
        {
            await ask.GetByRole(AriaRole.Button, new() { Name = "Add a row to quick replies" }).ClickAsync();
            ask = page.Locator("#action-ask-question-1");
            await ask.GetByLabel($"Label of row {row}", new() { Exact = true }).FillAsync(label);
            await ask.GetByLabel($"Stored value of row {row}", new() { Exact = true }).FillAsync(value);
        }

        await ask.GetByRole(AriaRole.Button, new() { Name = "Move row 3 up" }).ClickAsync();
        ask = page.Locator("#action-ask-question-1");
        await Expect(ask.GetByLabel("Label of row 2", new() { Exact = true })).ToHaveValueAsync("Book a demo");
        await PickAsync(ask.GetByLabel("Contact property"), "Company");
        await SaveDraftAsync(page);

        await InsertAsync(page, "Add an action after ask-question-1", "Send to team");
        var team = page.Locator("#action-send-to-team-1");
        await PickAsync(team.GetByLabel("Team id"), Team);
        await team.GetByLabel("Message", new() { Exact = true }).FillAsync(HandOff);
        await SaveDraftAsync(page);

        await InsertAsync(page, "Add an action after ask-question-1", "Book meeting");
        var meeting = page.Locator("#action-book-meeting-1");
        await PickAsync(meeting.GetByLabel("User id"), "Sanne de Vries");
        await PickAsync(meeting.GetByLabel("Meeting type id"), "Ledgerly demo");
        await SaveDraftAsync(page);

        await OpenAsync(page, "ask-question-1");
        ask = page.Locator("#action-ask-question-1");
        await ask.GetByRole(AriaRole.Button, new() { Name = "Add branch" }).ClickAsync();
        ask = page.Locator("#action-ask-question-1");
        await ask.GetByLabel("Value", new() { Exact = true }).FillAsync("sales");
        await ask.GetByLabel("Go to", new() { Exact = true }).SelectOptionAsync("send-to-team-1");
        await SaveDraftAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task InsertAsync(IPage page, string slot, string action)
    {
        await page.Locator(".cf-insert-toggle", new() { HasText = slot }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
    }

    private static async Task OpenAsync(IPage page, string action)
    {
        await page.GetByLabel("Go to action").FillAsync(action);
        await page.GetByLabel("Go to action").PressAsync("Enter");
        await Expect(page.Locator($"#action-{action}")).ToHaveAttributeAsync("open", "");
    }

    /// <summary>Chooses from a pick list by the name a person reads; the option shows the id after it.</summary>
    private static async Task PickAsync(ILocator select, string name)
    {
        var value = await select.Locator("option", new() { HasText = name }).First.GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(value), $"'{name}' is not in the list");
        await select.SelectOptionAsync(value);
    }

    private static async Task SaveDraftAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
    }

    /// <summary>Two triggers; the long page would need 90 % scrolled, so the one-second timer fires first.</summary>
    private static async Task TriggersAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/display");
        await page.GetByLabel("Open the chat with the welcome message when the trigger fires (or on click)").CheckAsync();
        await page.GetByLabel("Time on page", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Share of the page scrolled", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Seconds on the page (time on page)").FillAsync("1");
        await page.GetByLabel("Percent of the page scrolled").FillAsync("90");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save display" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await Expect(page.GetByLabel("Time on page", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Share of the page scrolled", new() { Exact = true })).ToBeCheckedAsync();
    }

    private static async Task TargetPricingAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/target");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a filter group" }).ClickAsync();
        await page.GetByLabel("Operator").SelectOptionAsync("StartsWith");
        await page.GetByLabel("Value").FillAsync("/pricing");
        await page.GetByLabel("Priority among chatflows").FillAsync("0");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save targeting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
    }

    private static async Task PublishAndSwitchOnAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch on" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Switched on.");
    }

    /// <summary>The agent in the new team makes herself available before the visitor comes.</summary>
    private static async Task<string[]> AvailableInInboxAsync(IPage page)
    {
        await page.GotoAsync("/admin/inbox");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set available" }).ClickAsync();
        await Expect(page.Locator(".cf-presence")).ToHaveTextAsync("You are available");
        await Axe.AssertNoViolationsAsync(page);
        return await page.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");
    }

    private static async Task TicketFromTheConversationAsync(IPage page, string[] before)
    {
        await page.GotoAsync("/admin/inbox");
        await Expect(page.Locator("tr[data-conversation]")).ToHaveCountAsync(before.Length + 1, new() { Timeout = 15_000 });
        var rows = await page.Locator("tr[data-conversation]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.conversation)");
        var conversationId = Assert.Single(rows.Except(before));
        await page.Locator($"tr[data-conversation='{conversationId}']").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("#cf-transcript").GetByText(HandOff)).ToBeVisibleAsync(Slow);
        await page.GetByText("Create a ticket", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Subject").FillAsync("Story visitor wants to talk to sales");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create ticket" }).ClickAsync();

        var back = page.GetByRole(AriaRole.Link, new() { Name = "Open the conversation in the inbox" });
        await Expect(back).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/inbox/conversation/{conversationId}$"));
        await Expect(page.GetByText("Story visitor wants to talk to sales").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await back.ClickAsync();
        await Expect(page.Locator("#cf-transcript").GetByText(HandOff)).ToBeVisibleAsync(Slow);
    }
}
