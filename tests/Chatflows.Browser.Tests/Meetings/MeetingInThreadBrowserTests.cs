using System.Text.Json;
using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Meetings;

/// <summary>The meeting line in an inbox thread and its link to the meetings list.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MeetingInThreadBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_thread_with_a_booked_meeting_has_no_axe_violations_and_its_link_opens_the_meeting_in_the_list()
    {
        var (conversationId, reference) = await BookAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await AdminPages.SignInAsAdministratorAsync(page, $"/admin/inbox/conversation/{conversationId}");

        var line = page.Locator($"[data-meeting='{reference}']");
        await Expect(line).ToContainTextAsync("Meeting booked:");
        await Expect(line).ToContainTextAsync("grace@example.com");

        // The meeting lines only: the inbox's own transcript is the inbox's to check (see the report on its scrollable region).
        await Axe.AssertNoViolationsAsync(page, ".cf-meeting-notes");

        await line.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator($"#meeting-{reference}")).ToBeVisibleAsync();
        await Expect(page.Locator($"#meeting-{reference}").GetByRole(AriaRole.Link, new() { Name = $"Conversation that booked {reference}" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        Assert.Empty(consoleErrors);
    }

    /// <summary>Books the next free slot through the Concierge's "book a meeting" branch, as the widget would.</summary>
    private Task<(string ConversationId, string Reference)> BookAsync() => fixture.Host.InScopeAsync(async services =>
    {
        const string visitor = "thread-meeting-visitor";
        var conversations = services.GetRequiredService<ConversationService>();
        var started = await conversations.StartAsync(new StartConversation("concierge", visitor, TimeZone: "Europe/Amsterdam"), CancellationToken.None);
        var id = started!.Conversation.Id;
        var offer = await conversations.PostAsync(id, visitor, "m1", "meeting", CancellationToken.None);
        var payload = JsonDocument.Parse(offer!.Messages.Last(m => m.PayloadJson?.Contains("\"slots\"", StringComparison.Ordinal) == true).PayloadJson!);
        var slot = payload.RootElement.GetProperty("slots")[0].GetProperty("id").GetString()!;
        await conversations.PostAsync(id, visitor, "m2", slot, CancellationToken.None);
        await conversations.PostAsync(id, visitor, "m3", "grace@example.com", CancellationToken.None);
        var db = services.GetRequiredService<ChatflowsDbContext>();
        return (id, db.Meetings.Single(m => m.ConversationId == id).Reference);
    });
}
