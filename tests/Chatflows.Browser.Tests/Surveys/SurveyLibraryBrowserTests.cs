using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Surveys;

/// <summary>
/// The survey library (O9) in a real browser: from a chatflow's Options tab an editor creates a survey, comes back with
/// it picked and saves; the library lists it with the chatflow; every page on the way has no axe violations.
/// </summary>
[Collection(BuilderBrowserGroup.Name)]
public sealed class SurveyLibraryBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_creates_a_survey_from_the_options_tab_picks_it_and_finds_it_in_the_library()
    {
        var id = $"lib-{Guid.NewGuid():N}"[..16];
        var name = $"Browser survey {id}";
        await fixture.Host.InScopeAsync(async s => Assert.True(
            (await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(Flow(id, "Hi!", Action("end", "endConversation", new { message = "Bye" })), default)).Succeeded));
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/options");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create a new survey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add survey" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add survey" }).ClickAsync();
        await Expect(page.Locator("#Input_Name_error")).ToHaveTextAsync("Give the survey a name of 1 to 100 characters.");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Thumbs up or down").CheckAsync();
        await page.GetByLabel("Question").FillAsync("Did we help you?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add survey" }).ClickAsync();

        await Expect(page.GetByLabel("Which survey")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^browser-survey-"));
        await Expect(page.GetByLabel("Ask visitors to rate the conversation")).ToBeCheckedAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save options" }).ClickAsync();
        await Expect(page.GetByText("Saved. Publish to make the changes live.")).ToBeVisibleAsync();
        var draft = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync(id, default))!.Value.Draft);
        Assert.StartsWith("browser-survey-", draft.Survey.SurveyId, StringComparison.Ordinal);
        Assert.True(draft.Survey.Enabled);

        await page.GotoAsync("/admin/surveys/library");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync($"Test {id}");
        await Expect(row).ToContainTextAsync("Thumbs");
        await Axe.AssertNoViolationsAsync(page);
        await row.GetByRole(AriaRole.Link, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(page.GetByLabel("Question")).ToHaveValueAsync("Did we help you?");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Delete survey {name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Delete survey {name}" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync($"/admin/surveys?survey={draft.Survey.SurveyId}");
        await Expect(page.GetByLabel("Survey", new() { Exact = true })).ToHaveValueAsync(draft.Survey.SurveyId!);
        await Axe.AssertNoViolationsAsync(page);
        // The refused form is a 400 by design (bad input is a 4xx), which the browser logs; nothing else may be.
        Assert.Equal("Failed to load resource: the server responded with a status of 400 (Bad Request)", Assert.Single(consoleErrors).Split(" (http", 2)[0]);
    }
}
