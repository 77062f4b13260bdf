using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>
/// Issue #8's whole story in one go, as an editor who has never seen Chatflows would walk it: channel,
/// wizard, builder (branch, unreachable warning, reconnect), targeting, preview, publish, switch on, and
/// a visitor in another browser who gets the bot on /pricing only.
/// </summary>
[Collection(EditorStoryBrowserGroup.Name)]
public sealed class EditorStoryBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    private const string Welcome = "Hi there! Great to have you here.";

    [Fact]
    public async Task Editor_sets_up_the_channel_and_publishes_a_qualify_leads_bot_that_a_visitor_gets_on_pricing_only()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsync(page, "/admin/channel");
        await SetUpChannelAsync(page);
        var id = await CreateFromTemplateAsync(page);
        await BranchBreakAndReconnectAsync(page, id);
        await TargetPricingOnlyAsync(page, id);
        await AskThumbsWithoutCommentAsync(page, id);
        await PreviewAsync(page, id);
        await PublishAndSwitchOnAsync(page, id);

        var (visitor, visitorErrors) = await fixture.NewPageAsync();
        await visitor.GotoAsync("/pricing");
        var teaser = visitor.GetByRole(AriaRole.Button, new() { Name = Welcome });
        await Expect(teaser).ToBeVisibleAsync(Slow);
        var launcher = visitor.GetByRole(AriaRole.Button, new() { Name = "Open chat" });
        Assert.Equal("rgb(21, 94, 117)", await launcher.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await launcher.ClickAsync();
        await FinishTheBotAsync(visitor.GetByRole(AriaRole.Dialog, new() { Name = "Story Sales" }));
        await visitor.GotoAsync("/privacy");
        await visitor.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Open chat" })).ToHaveCountAsync(0);

        var published = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().FindAsync(id, default))!);
        var flow = FlowJson.Deserialize(published.PublishedJson!);
        var reason = flow.Actions.Single(a => a.Id == "ask-reason");
        Assert.Equal("set-lifecycle", reason.Next);
        Assert.Equal(("pricing", "send-to-sales"), (reason.Branches.Single().When.Value, reason.Branches.Single().GoTo));
        Assert.True(published.Enabled);
        Assert.Equal(new SurveySettings { Enabled = true, Scale = SurveyScale.Thumbs, Question = "Was this quick enough?", AskComment = false }, flow.Survey);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
        Assert.True(visitorErrors.Count == 0, string.Join("\n", visitorErrors));
    }

    private static async Task SetUpChannelAsync(IPage page)
    {
        await page.GetByLabel("Accent colour").FillAsync("#155e75");
        await page.GetByLabel("Heading name").FillAsync("Story Sales");
        await page.GetByLabel("Welcome message").FillAsync("Welcome to Story Sales, ask us anything.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Chat channel saved.");
        await Expect(page.GetByLabel("Heading name")).ToHaveValueAsync("Story Sales");
    }

    private static async Task<string> CreateFromTemplateAsync(IPage page)
    {
        await page.GotoAsync("/admin/chatflows");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create chatflow" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Story leads");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Qualify-leads bot" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create chatflow" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Story leads", Level = 1 })).ToBeVisibleAsync();
        return new Uri(page.Url).Segments[^1];
    }

    /// <summary>A branch on the visit reason; then a slip that skips "set-lifecycle", the warning it causes, and the one-click fix.</summary>
    private static async Task BranchBreakAndReconnectAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/build");
        await page.GetByLabel("Go to action").FillAsync("ask-reason");
        await page.GetByLabel("Go to action").PressAsync("Enter");
        var reason = page.Locator("#action-ask-reason");
        await Expect(reason).ToHaveAttributeAsync("open", "");
        await reason.GetByRole(AriaRole.Button, new() { Name = "Add branch" }).ClickAsync();
        reason = page.Locator("#action-ask-reason");
        await reason.GetByLabel("Value").FillAsync("pricing");
        await reason.GetByLabel("Go to", new() { Exact = true }).SelectOptionAsync("send-to-sales");
        await reason.GetByLabel("Otherwise go to").SelectOptionAsync("thank-you");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");

        var lifecycle = page.Locator("#action-set-lifecycle");
        await Expect(lifecycle.GetByText("Nothing leads to this action.")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await lifecycle.GetByRole(AriaRole.Button, new() { Name = "Reconnect after ask-reason" }).ClickAsync();
        await Expect(page.GetByText("Nothing leads to this action.")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        await AdminPages.ScreenshotAsync(page.Locator(".cf-overview"), "builder-overview.png");
    }

    private static async Task TargetPricingOnlyAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/target");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a filter group" }).ClickAsync();
        await page.GetByLabel("Operator").SelectOptionAsync("StartsWith");
        await page.GetByLabel("Value").FillAsync("/pricing");
        await page.GetByLabel("Priority among chatflows").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save targeting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
    }

    /// <summary>The draft in the real widget: the consent the template asks for first, then the bot's welcome.</summary>
    private static async Task PreviewAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/build");
        await page.GetByRole(AriaRole.Link, new() { Name = "Preview" }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Story Sales" });
        await Expect(panel).ToBeVisibleAsync(Slow);
        await panel.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        await Expect(panel.Locator(".cf-log").GetByText(Welcome)).ToBeVisibleAsync(Slow);
    }

    /// <summary>The satisfaction survey (O9) on the Options tab: on, thumbs, no comment box.</summary>
    private static async Task AskThumbsWithoutCommentAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}/options");
        await page.GetByLabel("Ask visitors to rate the conversation").CheckAsync();
        await page.GetByLabel("Thumbs up or down").CheckAsync();
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("Was this quick enough?");
        await page.GetByLabel("Offer an optional comment box under the rating").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save options" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await Expect(page.GetByLabel("Thumbs up or down")).ToBeCheckedAsync();
    }

    /// <summary>The visitor answers every question; at the end the editor's survey asks for thumbs only.</summary>
    private static async Task FinishTheBotAsync(ILocator panel)
    {
        await Expect(panel).ToBeVisibleAsync(Slow);
        await panel.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        var input = panel.GetByRole(AriaRole.Textbox, new() { Name = "Your message" });
        var log = panel.Locator(".cf-log");
        foreach (var (question, answer) in new[]
        {
            ("What's your first name?", "Story"), ("What's the best e-mail address to reach you at, Story?", "story@example.com"),
            ("How many people work at your company?", "12"), ("And what brings you here today?", "Comparing plans"),
        })
        {
            await Expect(log.GetByText(question)).ToBeVisibleAsync(Slow);
            await input.FillAsync(answer);
            await input.PressAsync("Enter");
        }

        await Expect(log.GetByText("Thanks, Story! We'll follow up at story@example.com. Have a great day!")).ToBeVisibleAsync(Slow);
        var survey = panel.GetByRole(AriaRole.Group, new() { Name = "Was this quick enough?" });
        await Expect(survey).ToBeVisibleAsync(Slow);
        await Expect(survey.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await Expect(panel.Locator(".cf-survey textarea")).ToHaveCountAsync(0);
        await survey.GetByRole(AriaRole.Radio, new() { Name = "Good" }).PressAsync("Space");
        await Expect(survey.GetByRole(AriaRole.Radio, new() { Name = "Good" })).ToBeCheckedAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Send rating" }).ClickAsync();
        await Expect(panel.Locator(".cf-log").GetByText("Thank you for your feedback!")).ToBeVisibleAsync(Slow);
    }

    private static async Task PublishAndSwitchOnAsync(IPage page, string id)
    {
        await page.GotoAsync($"/admin/chatflows/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published version 1.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch on" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Switched on.");
    }
}
