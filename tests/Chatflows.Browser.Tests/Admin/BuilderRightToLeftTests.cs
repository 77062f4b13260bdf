using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>Issue 23 item 5: the builder's text fields take Arabic as Arabic (dir="auto"), and it is saved as typed.</summary>
[Collection(BuilderBrowserGroup.Name)]
public sealed class BuilderRightToLeftTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Arabic_typed_into_the_builder_runs_right_to_left_and_is_saved_as_typed()
    {
        var id = $"rtl-{Guid.NewGuid():N}"[..20];
        var flow = Flow(id, "Welcome!", Action("hello", "sendMessage", new { text = "Hello" })) with
        {
            Language = "ar",
            Consent = new ConsentSettings { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
        };
        await fixture.Host.InScopeAsync(async s => Assert.True((await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, default)).Succeeded));
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{id}/build");
        var welcome = page.GetByLabel("The first thing the bot says");

        await welcome.FillAsync("مرحبًا بك في Ledgerly!");
        await page.Locator(".cf-overview-link[data-action='hello']").ClickAsync();
        var fields = page.Locator("#action-hello").Locator("textarea:visible, input[type=text]:visible");
        await Expect(fields.First).ToBeVisibleAsync();

        Assert.Equal("rtl", await welcome.EvaluateAsync<string>("field => getComputedStyle(field).direction"));
        foreach (var field in await fields.AllAsync())
        {
            Assert.Equal("auto", await field.GetAttributeAsync("dir"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        var draft = await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync(id, default))!.Value.Draft);
        Assert.Equal("مرحبًا بك في Ledgerly!", draft.WelcomeMessage);
        Assert.Empty(consoleErrors);
    }
}
