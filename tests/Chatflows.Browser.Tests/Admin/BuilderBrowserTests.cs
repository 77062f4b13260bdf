using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

[Collection(BuilderBrowserGroup.Name)]
public sealed class BuilderBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_reconnects_an_unreachable_action_adds_a_question_with_a_branch_and_saves()
    {
        var id = await DraftAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/build");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test " + id })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        var orphan = page.Locator("#action-orphan");
        await Expect(orphan.GetByText("Nothing leads to this action.")).ToBeVisibleAsync();
        await orphan.GetByRole(AriaRole.Button, new() { Name = "Reconnect after hello" }).ClickAsync();
        await Expect(page.GetByText("Nothing leads to this action.")).ToHaveCountAsync(0);

        await page.Locator(".cf-insert-toggle", new() { HasText = "Add an action after hello" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask question", Exact = true }).ClickAsync();
        var question = page.Locator("#action-ask-question-1");
        await Expect(question).ToHaveAttributeAsync("open", "");
        await question.GetByLabel("Text (required)").FillAsync("Which plan are you on?");
        await question.GetByRole(AriaRole.Button, new() { Name = "Add branch" }).ClickAsync();
        question = page.Locator("#action-ask-question-1");
        await question.GetByLabel("Value").FillAsync("pro");
        await question.GetByLabel("Go to", new() { Exact = true }).SelectOptionAsync("bye");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        var draft = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync(id, default))!.Value.Draft);
        Assert.Equal(["hello", "ask-question-1", "orphan", "bye"], draft.Actions.Select(a => a.Id));
        Assert.Equal("ask-question-1", draft.Actions[0].Next);
        Assert.Equal("orphan", draft.Actions[1].Next);
        var branch = Assert.Single(draft.Actions[1].Branches);
        Assert.Equal(("pro", "bye"), (branch.When.Value, branch.GoTo));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Overview_graph_and_go_to_action_open_an_action_in_place_and_tokens_go_in_at_the_cursor()
    {
        var id = await DraftAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/build");
        await Expect(page.Locator("#action-bye")).Not.ToHaveAttributeAsync("open", "");

        await page.Locator(".cf-overview-link[data-action='bye']").ClickAsync();
        await Expect(page.Locator("#action-bye")).ToHaveAttributeAsync("open", "");
        Assert.EndsWith($"/admin/chatflows/{id}/build#action-bye", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Go to action").FillAsync("hello");
        await page.GetByLabel("Go to action").PressAsync("Enter");
        await Expect(page.Locator("#action-hello")).ToHaveAttributeAsync("open", "");

        var welcome = page.GetByLabel("The first thing the bot says");
        await welcome.FillAsync("Hi !");
        await welcome.EvaluateAsync("field => field.setSelectionRange(3, 3)");
        await page.Locator("#Welcome-token").SelectOptionAsync("{{ contact.firstname | default: \"there\" }}");
        await Expect(welcome).ToHaveValueAsync("Hi {{ contact.firstname | default: \"there\" }}!");
        await Expect(page.Locator("#cf-dirty-note")).ToHaveTextAsync("You have unsaved changes.");
        await page.EvaluateAsync("() => scrollTo(0, 0)");
        await AdminPages.ScreenshotAsync(page, "builder.png");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Editor_previews_the_draft_in_the_real_widget_as_a_preview_conversation()
    {
        var id = await DraftAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/preview");

        var panel = page.GetByRole(AriaRole.Dialog);
        await Expect(panel.Locator(".cf-log").GetByText("Hello from the draft")).ToBeVisibleAsync();
        await Expect(panel.Locator(".cf-log").GetByText("Bye")).ToBeVisibleAsync();

        var conversations = await fixture.Host.InScopeAsync(s =>
            s.GetRequiredService<ChatflowsDbContext>().Conversations.Where(c => c.ChatflowId == id).ToListAsync());
        Assert.True(Assert.Single(conversations).IsPreview);
        Assert.Empty(consoleErrors);
    }

    /// <summary>A draft, never published: hello → bye, and an "orphan" nothing leads to.</summary>
    private async Task<string> DraftAsync()
    {
        var id = $"build-{Guid.NewGuid():N}"[..20];
        var flow = Flow(id, "Welcome!",
            Action("hello", "sendMessage", new { text = "Hello from the draft" }, next: "bye"),
            Action("orphan", "sendMessage", new { text = "Lost" }),
            Action("bye", "endConversation", new { message = "Bye" })) with
        {
            Consent = new ConsentSettings { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
        };
        await fixture.Host.InScopeAsync(async s => Assert.True((await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, default)).Succeeded));
        return id;
    }
}
