using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>The rules every mail passes, each through the path a user takes: no mail for previews, a limit per recipient.</summary>
public sealed class MailRulesTests
{
    [Fact]
    public async Task A_preview_conversation_in_the_builder_puts_no_mail_in_the_outbox()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: smtp.Settings);
        await MailScenarios.AssignTicketsToAdministratorAsync(host);
        await PublishFirstAsync(host, MailScenarios.EmailTicketFlow());
        var editor = await TicketScenarios.SignInAsAdministratorAsync(host);
        const string api = "/admin/chatflows/email-ticket/preview/chatflows/api";
        var started = await editor.Http.PostAsJsonAsync($"{api}/conversations", new { chatflowId = "email-ticket" });
        var preview = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        var previewId = preview["conversationId"]!.GetValue<string>();

        var answered = await editor.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{api}/conversations/{previewId}/messages")
        {
            Content = JsonContent.Create(new { clientMessageId = "p1", text = "ada@example.com" }),
            Headers = { { "X-Chatflows-Visitor", preview["visitorId"]!.GetValue<string>() } },
        });
        var visitor = VisitorClient.For(host);
        var (_, real) = await visitor.StartAsync("email-ticket");
        await visitor.SayAsync(real.GetProperty("conversationId").GetString()!, "grace@example.com");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.True(await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.AnyAsync(t => t.ConversationId == previewId)),
            "the preview filed its ticket, so a mail would have followed");
        await smtp.WaitForCountAsync(2); // the real visitor's two mails went out: the worker was running
        var rows = await MailScenarios.OutboxAsync(host, r => r.Count == 2 && r.All(m => m.Status == MailStatuses.Sent));
        Assert.DoesNotContain(rows, m => m.ConversationId == previewId);
        Assert.DoesNotContain(smtp.Accepted, m => MeetingMailTests.To(m) == "ada@example.com");
    }

    [Fact]
    public async Task Mails_to_one_address_beyond_the_hourly_limit_are_failed_with_the_reason()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?>(smtp.Settings) { ["Chatflows:Mail:MaxPerRecipientPerHour"] = "2" });
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        for (var i = 0; i < 3; i++)
        {
            await MailScenarios.SendTestMailAsync(admin, "ops@example.com");
        }

        await MailScenarios.SendTestMailAsync(admin, "other@example.com");

        var rows = await MailScenarios.OutboxAsync(host, r => r.Count == 4 && r.All(m => m.Status is MailStatuses.Sent or MailStatuses.Failed));
        var limited = Assert.Single(rows, m => m.Status == MailStatuses.Failed);
        Assert.Equal("ops@example.com", limited.ToAddress);
        Assert.StartsWith("Rate limit: 2 mails", limited.LastError, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Accepted.Count(m => MeetingMailTests.To(m) == "ops@example.com"));
        Assert.Single(smtp.Accepted, m => MeetingMailTests.To(m) == "other@example.com");
    }
}
