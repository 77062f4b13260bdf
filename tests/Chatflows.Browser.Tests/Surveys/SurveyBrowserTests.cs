using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Browser.Tests.Widget;
using Chatflows.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Surveys;

/// <summary>
/// The demo concierge asks for a rating when a conversation ends (O9): the visitor rates with the keyboard,
/// the rating reaches the results page, and the ticket the conversation left is on the tickets pages.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SurveyBrowserTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task Visitor_rates_four_stars_and_the_rating_shows_on_the_results_page()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var comment = $"Four stars from the browser {Guid.NewGuid():N}";
        await LeaveAQuestionAsync(page, widget);

        await Expect(widget.Panel.GetByRole(AriaRole.Group, new() { Name = "How would you rate this conversation?" })).ToBeVisibleAsync(Slow);
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");
        await widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "1 of 5 stars" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "4 of 5 stars" })).ToBeCheckedAsync();
        await widget.Panel.GetByLabel("Anything you'd like to add? (optional)").FillAsync(comment);
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send rating" }).ClickAsync();
        await Expect(widget.Text("Thank you for your feedback!")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text("Thank you for your feedback!")).ToBeFocusedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => widget.Choice("Download transcript").ClickAsync());
        var transcript = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Matches(@"^conversation-\d{4}-\d{2}-\d{2}\.txt$", download.SuggestedFilename);
        Assert.Contains("] You: How do I export my invoices?", transcript, StringComparison.Ordinal);

        await AdminPages.SignInAsync(page, "/admin/surveys");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Survey results" })).ToBeVisibleAsync();
        await Expect(page.GetByText(comment)).ToBeVisibleAsync();
        await Expect(page.Locator("td[data-rating='4']")).Not.ToHaveTextAsync("0");
        await Axe.AssertNoViolationsAsync(page);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Tickets_list_and_ticket_page_are_accessible_and_change_status()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await LeaveAQuestionAsync(page, widget);
        var reference = System.Text.RegularExpressions.Regex.Match((await widget.Text("Your question is logged under").TextContentAsync())!, "T-[0-9A-Z]{6}").Value;

        await AdminPages.SignInAsync(page, "/admin/tickets");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tickets", Exact = true })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Conversation" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Waiting on us" });
        await page.GetByLabel("Priority").SelectOptionAsync(new SelectOptionValue { Label = "High" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ticket saved.");
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync("waitingOnUs");
        await Expect(page.GetByLabel("Priority")).ToHaveValueAsync("high");
        foreach (var settings in new[] { "/admin/tickets/pipelines", "/admin/tickets/pipeline?id=support", "/admin/tickets/assignment" })
        {
            await page.GotoAsync(settings);
            await Axe.AssertNoViolationsAsync(page);
        }

        Assert.Empty(consoleErrors);
    }

    private static async Task LeaveAQuestionAsync(IPage page, ChatWidget widget)
    {
        await page.GotoAsync("/pricing");
        await widget.Launcher.ClickAsync();
        await widget.Choice("Talk to someone").ClickAsync();
        await Expect(widget.Text("nobody from the team is available")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("noor@example.com");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("What would you like us to help you with?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("How do I export my invoices?");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync(Slow);
    }
}
