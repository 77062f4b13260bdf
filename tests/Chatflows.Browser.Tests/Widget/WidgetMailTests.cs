using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Inbox;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// The widget and mail (issues 20 and 21): a reply mail's link continues the conversation in another browser,
/// the end state mails the transcript, and the visitor deletes their conversation after a confirmation.
/// </summary>
[Collection(MailBrowserGroup.Name)]
public sealed partial class WidgetMailTests(MailBrowserFixture fixture)
{
    private const string Email = "mail-agent@ledgerly.example";
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_reply_mails_link_opened_in_a_fresh_browser_continues_the_conversation()
    {
        var path = await PublishAsync("mail-resume", Action("person", "sendToTeam", new SendToTeamSettings()));
        await AvailableAgentAsync(); // so the hand-off reaches a person instead of ending
        var (first, _) = await fixture.NewPageAsync();
        var id = await OpenChatAsync(first, path);
        await AnswerEmailAsync(new ChatWidget(first));
        // The widget draws the visitor's answer at once; the agent's reply below must come after the server stored it
        // (the e-mail it gives and the hand-off), as it would for a real agent who reads the answer first.
        await WaitForMessageAsync(id, "ada@example.com");
        // The visitor left. The server may not have noticed the closed stream yet and write the reply into it: only the
        // widget's read receipt spares the mail, so it comes all the same.
        await first.Context.CloseAsync();

        await ReplyAsAgentAsync(id, "Your invoice is fixed.");
        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        static bool IsReply(MimeKit.MimeMessage x) => x.TextBody?.Contains("Your invoice is fixed.", StringComparison.Ordinal) == true;
        var mail = (await fixture.Smtp.WaitAsync(m => m.Any(IsReply))).Last(IsReply);
        var link = ResumeLink().Match(mail.TextBody!);
        Assert.True(link.Success, mail.TextBody);

        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var resumed = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/visitor/resume", StringComparison.Ordinal));
        await page.GotoAsync(link.Value);
        Assert.Equal(200, (await resumed).Status);

        await Expect(widget.Text("Your invoice is fixed.")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(widget.Text("ada@example.com")).ToHaveCountAsync(1);
        Assert.DoesNotContain("chatflows-resume", page.Url, StringComparison.Ordinal);
        Assert.Equal(link.Value.Split('#')[0], page.Url);
        await widget.Input.FillAsync("Thanks, that was all.");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("Thanks, that was all.")).ToHaveCountAsync(1);
        await WaitForMessageAsync(id, "Thanks, that was all.");
        Assert.Equal(id, await page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('chatflows')).c"));
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task A_reply_that_came_while_the_panel_was_closed_is_mailed_unless_the_visitor_opens_the_panel_on_it()
    {
        var path = await PublishAsync("mail-read", Action("person", "sendToTeam", new SendToTeamSettings()));
        await AvailableAgentAsync();
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var id = await OpenChatAsync(page, path);
        await AnswerEmailAsync(widget);
        await WaitForMessageAsync(id, "ada@example.com");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Close chat" }).ClickAsync();
        List<string?> receipts = [];
        page.Request += (_, request) => { if (request.Url.EndsWith($"/conversations/{id}/read", StringComparison.Ordinal)) receipts.Add(request.PostData); };

        await ReplyAsAgentAsync(id, "Your refund is on its way.");
        await Expect(page.Locator("chatflows-launcher .cf-badge")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        var unread = await ReplyMailStatusAsync(id);
        var receiptsWhileClosed = receipts.Count;
        await widget.Launcher.ClickAsync();
        await Expect(widget.Text("Your refund is on its way.")).ToHaveCountAsync(1);

        Assert.Equal(MailStatuses.Pending, unread);
        Assert.Equal(0, receiptsWhileClosed);
        for (var i = 0; i < 150 && await ReplyMailStatusAsync(id) != MailStatuses.Skipped; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(MailStatuses.Skipped, await ReplyMailStatusAsync(id));
        Assert.Single(receipts);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task At_the_end_the_visitor_mails_the_transcript_to_the_address_they_gave_then_deletes_the_conversation()
    {
        var path = await PublishAsync("mail-end", Action("bye", "sendMessage", new { text = "Thanks, bye." }));
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        var id = await OpenChatAsync(page, path);
        await AnswerEmailAsync(widget);
        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync(Slow);

        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Email me the transcript" }).ClickAsync();

        await Expect(widget.Text("The transcript is on its way to your e-mail address.")).ToBeVisibleAsync(Slow);
        static bool IsTranscript(MimeKit.MimeMessage x) => x.To.Mailboxes.Any(a => a.Address == "ada@example.com") && x.TextBody?.Contains("Thanks, bye.", StringComparison.Ordinal) == true;
        var transcript = (await fixture.Smtp.WaitAsync(m => m.Any(IsTranscript))).Last(IsTranscript);
        Assert.Contains("Your e-mail?", transcript.TextBody, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");

        var delete = widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Delete this conversation" });
        await delete.ClickAsync();
        var confirm = widget.Panel.GetByRole(AriaRole.Group, new() { Name = "Delete this conversation and all its messages for good?" });
        await Expect(confirm).ToBeVisibleAsync();
        Assert.Equal("Yes, delete it", await widget.FocusedAsync());
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        Assert.Equal("Delete this conversation", await widget.FocusedAsync());
        Assert.Equal(1, await CountAsync(id));
        await delete.ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Yes, delete it" }).ClickAsync();

        await Expect(widget.Text("This conversation was deleted.")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text("ada@example.com")).ToHaveCountAsync(0);
        Assert.Equal(0, await CountAsync(id));
        Assert.Equal("Start a new conversation", await widget.FocusedAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => sessionStorage.length"));
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");
        await page.GotoAsync(path); // the tab holds nothing of the deleted chat: the page starts as for a new visitor
        await Expect(widget.Launcher).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Without_an_address_in_the_conversation_the_transcript_button_asks_for_one_and_refuses_a_stranger()
    {
        var path = await PublishAsync("mail-ask", null, email: false);
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.GotoAsync($"{path}#chat-open");
        await widget.Input.FillAsync("Noor");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("This conversation has ended.")).ToBeVisibleAsync(Slow);

        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Email me the transcript" }).ClickAsync();
        var address = widget.Panel.GetByRole(AriaRole.Textbox, new() { Name = "Your e-mail address" });
        await Expect(address).ToBeFocusedAsync();
        await address.FillAsync("someone-else@example.com");
        await widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Send transcript" }).ClickAsync();

        await Expect(widget.Panel.GetByText("Use the e-mail address you gave in this conversation.")).ToBeVisibleAsync(Slow);
        await Expect(address).ToHaveAttributeAsync("aria-invalid", "true");
        await Axe.AssertNoViolationsAsync(page, "chatflows-widget");
        Assert.DoesNotContain(fixture.Smtp.Seen, s => s.Recipients.Contains("someone-else@example.com"));
        // The browser logs each refused request; the two 400s (no address known, a stranger's) are the test.
        Assert.Equal(2, consoleErrors.Count);
        Assert.All(consoleErrors, e => Assert.Contains("/transcript", e, StringComparison.Ordinal));
    }

    private async Task<string> PublishAsync(string variant, FlowAction? then, bool email = true)
    {
        var first = email
            ? Action("email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, then?.Id)
            : Action("name", "askQuestion", new AskQuestionSettings { Text = "Your name?" }, "bye");
        FlowAction[] actions = !email ? [first, Action("bye", "sendMessage", new { text = "Thanks, bye." })] : then is null ? [first] : [first, then];
        var flow = Flow($"test-{variant}", "Hello from the mail test!", actions) with
        {
            Consent = new() { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
            Targeting = new TargetingRules
            {
                Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.QueryParameter, Name = "variant", Operator = TargetOperator.Is, Value = variant }] }],
            },
        };
        await PublishFirstAsync(fixture.Host, flow);
        return $"/pricing?variant={variant}";
    }

    /// <summary>Opens the chat on <paramref name="path"/>; returns the conversation the widget started.</summary>
    private static async Task<string> OpenChatAsync(IPage page, string path)
    {
        var started = page.WaitForResponseAsync(r => r.Url.EndsWith("/chatflows/api/conversations", StringComparison.Ordinal) && r.Request.Method == "POST", new() { Timeout = 60_000 });
        await page.GotoAsync($"{path}#chat-open");
        return JsonDocument.Parse(await (await started).TextAsync()).RootElement.GetProperty("conversationId").GetString()!;
    }

    private static async Task AnswerEmailAsync(ChatWidget widget)
    {
        await Expect(widget.Text("Your e-mail?")).ToBeVisibleAsync(Slow);
        await widget.Input.FillAsync("ada@example.com");
        await widget.Input.PressAsync("Enter");
        await Expect(widget.Text("ada@example.com")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
    }

    private Task<string?> ReplyMailStatusAsync(string id) => fixture.Host.InScopeAsync(s =>
        s.GetRequiredService<ChatflowsDbContext>().MailOutbox.Where(m => m.ConversationId == id && m.Kind == MailKinds.ConversationReply)
            .Select(m => m.Status).SingleOrDefaultAsync());

    private Task<int> CountAsync(string id) => fixture.Host.InScopeAsync(s =>
        s.GetRequiredService<ChatflowsDbContext>().Conversations.CountAsync(c => c.Id == id));

    private async Task WaitForMessageAsync(string id, string text)
    {
        for (var i = 0; i < 150 && !await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.AnyAsync(m => m.ConversationId == id && m.Text == text)); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.AnyAsync(m => m.ConversationId == id && m.Text == text)));
    }

    private Task AvailableAgentAsync() => fixture.Host.InScopeAsync(async services =>
    {
        Assert.Empty(await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(Email, "Mail Agent", ["Agent"], "Mail-Agent-Passw0rd!", 3)));
        var agent = (await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(Email))!;
        await services.GetRequiredService<AgentAvailability>().SetAsync(agent.Id, true, CancellationToken.None);
    });

    // The inbox's own write service, as an agent's reply in the inbox uses it.
    private Task ReplyAsAgentAsync(string conversationId, string text) => fixture.Host.InScopeAsync(async services =>
    {
        var agent = (await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(Email))!;
        var actions = services.GetRequiredService<InboxActions>();
        Assert.Equal(InboxOutcome.Done, await actions.TakeOverAsync(conversationId, agent, CancellationToken.None));
        Assert.Equal(InboxOutcome.Done, (await actions.WriteMessageAsync(conversationId, agent, text, note: false, CancellationToken.None)).Outcome);
    });

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/pricing\S*#chatflows-resume=\S+")]
    private static partial Regex ResumeLink();
}
