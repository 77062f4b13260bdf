using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Analytics;

[Collection(BrowserTestGroup.Name)]
public sealed class BuilderDropOffBrowserTests(BrowserFixture fixture)
{
    private const string FlowId = "dropoff-browser";

    private static readonly Chatflow Flow = FlowBuilding.Flow(FlowId, "Hi!",
        Action("ask-email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, next: "bye"),
        Action("bye", "sendMessage", new SendMessageSettings("Bye!"))) with { Name = "Drop-off browser" };

    [Fact]
    public async Task Overview_graph_with_drop_off_and_its_date_range_has_no_axe_violations_and_works_by_keyboard()
    {
        await ConversationsAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/chatflows/{FlowId}/build");

        await Expect(page.Locator("[data-action='ask-email'] .cf-overview-stats")).ToHaveTextAsync("2 reached · 1 left (50%)");
        await Expect(page.Locator("[data-action='bye'] .cf-overview-stats")).ToHaveTextAsync("1 reached · 0 left (0%)");
        await Axe.AssertNoViolationsAsync(page);

        var from = page.GetByLabel("Drop-off from");
        await from.FillAsync("2020-01-01");
        await page.GetByLabel("to", new() { Exact = true }).FillAsync("2020-01-31");
        await from.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-action='ask-email'] .cf-overview-stats")).ToHaveTextAsync("0 reached");
        Assert.Contains("statsFrom=2020-01-01", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        Assert.Empty(consoleErrors);
    }

    /// <summary>Two real conversations on a chatflow of its own, switched off again so the widget tests keep the concierge.</summary>
    private Task ConversationsAsync() => fixture.Host.InScopeAsync(async services =>
    {
        await PublishAsync(fixture.Host, Flow);
        var conversations = services.GetRequiredService<ConversationService>();
        var first = await conversations.StartAsync(new StartConversation(FlowId, "dropoff-a"), CancellationToken.None);
        await conversations.PostAsync(first!.Conversation.Id, "dropoff-a", "m1", "a@example.com", CancellationToken.None);
        await conversations.StartAsync(new StartConversation(FlowId, "dropoff-b"), CancellationToken.None);
        Assert.True(await services.GetRequiredService<ChatflowStore>().SetEnabledAsync(FlowId, false, CancellationToken.None));
    });
}
