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
public sealed class AnalyticsPageBrowserTests(BrowserFixture fixture)
{
    private const string FlowId = "analytics-browser";

    private static readonly Chatflow Flow = FlowBuilding.Flow(FlowId, "Hi!",
        Action("ask-email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, next: "bye"),
        Action("bye", "sendMessage", new SendMessageSettings("Bye <b>now</b>!"))) with { Name = "Analytics browser" };

    [Fact]
    public async Task Analytics_page_with_chart_table_and_drop_off_has_no_axe_violations_and_works_by_keyboard()
    {
        await ConversationsAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsync(page, "/admin/analytics");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Analytics", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Chatflow", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Analytics browser" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Drop-off per action" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Conversations per day" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-action='ask-email'] [data-stat='reached']")).ToHaveTextAsync("2");
        await Axe.AssertNoViolationsAsync(page);

        var summary = page.GetByText("Show the numbers as a table");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Conversations per day, Analytics browser" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Empty(consoleErrors);
    }

    /// <summary>Two real conversations on a chatflow of its own, switched off again so the widget tests keep the concierge.</summary>
    private Task ConversationsAsync() => fixture.Host.InScopeAsync(async services =>
    {
        await PublishAsync(fixture.Host, Flow);
        var conversations = services.GetRequiredService<ConversationService>();
        var first = await conversations.StartAsync(new StartConversation(FlowId, "browser-a"), CancellationToken.None);
        await conversations.PostAsync(first!.Conversation.Id, "browser-a", "m1", "a@example.com", CancellationToken.None);
        await conversations.StartAsync(new StartConversation(FlowId, "browser-b"), CancellationToken.None);
        Assert.True(await services.GetRequiredService<ChatflowStore>().SetEnabledAsync(FlowId, false, CancellationToken.None));
    });
}
