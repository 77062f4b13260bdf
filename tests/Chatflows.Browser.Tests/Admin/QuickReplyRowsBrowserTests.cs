using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>The quick replies row editor (B2) in a real browser: rows by buttons, named for the row they act on, axe 0.</summary>
[Collection(BuilderBrowserGroup.Name)]
public sealed class QuickReplyRowsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_adds_moves_and_removes_quick_replies_as_rows_and_the_stored_values_stay()
    {
        var id = $"rows-{Guid.NewGuid():N}"[..20];
        var flow = Flow(id, "Welcome!",
            Action("ask", "askQuestion", new { text = "Shall we?", quickReplies = new object[] { new { label = "Yes", value = "yes" }, new { label = "No" } }, allowFreeText = false }, next: "bye"),
            Action("bye", "endConversation", new { message = "Bye" })) with
        {
            Consent = new ConsentSettings { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
        };
        await fixture.Host.InScopeAsync(async s => Assert.True((await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, default)).Succeeded));
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/build?open=ask");
        var ask = page.Locator("#action-ask");
        await Expect(ask.GetByLabel("Label of row 1", new() { Exact = true })).ToHaveValueAsync("Yes");
        await Axe.AssertNoViolationsAsync(page);

        await ask.GetByRole(AriaRole.Button, new() { Name = "Add a row to quick replies" }).ClickAsync();
        ask = page.Locator("#action-ask");
        await ask.GetByLabel("Label of row 3", new() { Exact = true }).FillAsync("Maybe");
        await ask.GetByLabel("Stored value of row 3", new() { Exact = true }).FillAsync("maybe");
        await ask.GetByRole(AriaRole.Button, new() { Name = "Move row 3 up" }).ClickAsync();
        ask = page.Locator("#action-ask");
        await Expect(ask.GetByLabel("Label of row 2", new() { Exact = true })).ToHaveValueAsync("Maybe");
        await Axe.AssertNoViolationsAsync(page);
        await ask.GetByRole(AriaRole.Button, new() { Name = "Remove 'No'" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        var draft = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync(id, default))!.Value.Draft);
        Assert.Equal("""[{"label":"Yes","value":"yes"},{"label":"Maybe","value":"maybe"}]""", draft.Actions[0].Settings["quickReplies"]!.ToJsonString());
        Assert.Empty(consoleErrors);
    }
}
