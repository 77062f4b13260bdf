using System.Net;
using System.Text.Json;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>Flows, forms and waits the mail tests share.</summary>
internal static class MailScenarios
{
    /// <summary>Asks the visitor's e-mail address, then creates a ticket about it and ends.</summary>
    public static Chatflow EmailTicketFlow(string id = "email-ticket") => Flow(id, "Hi!",
        Action("email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, "ticket"),
        Action("ticket", "createTicket", new { subject = "Question about an invoice", description = "Asked from a test." }, "end"),
        Action("end", "endConversation", new { message = "We'll be in touch." }));

    /// <summary>Asks for a topic and files a ticket with it as the subject: visitor text in a mail's subject.</summary>
    public static Chatflow TopicTicketFlow(string id = "topic-ticket") => Flow(id, "Hi!",
        Action("topic", "askQuestion", new AskQuestionSettings { Text = "What is it about?", SaveAs = "topic" }, "ticket"),
        Action("ticket", "createTicket", new { subject = "{{ vars.topic }}", description = "Asked from a test." }, "end"),
        Action("end", "endConversation", new { message = "We'll be in touch." }));

    /// <summary>New tickets go to the administrator (W4), so each one mails them.</summary>
    public static async Task AssignTicketsToAdministratorAsync(ChatflowsFactory host)
    {
        var adminId = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Users
            .Where(u => u.Email == ChatflowsFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var errors = await host.InScopeAsync(s => s.GetRequiredService<TicketAssignmentStore>()
            .SaveAsync(new TicketAssignment { Enabled = true, UserIds = [adminId] }, CancellationToken.None));
        Assert.Empty(errors);
    }

    /// <summary>The administrator's "send a test mail" on the mail page.</summary>
    public static async Task SendTestMailAsync(AdminClient admin, string address)
    {
        var response = await admin.PostFormAsync("/admin/mail?handler=Test", new() { ["TestAddress"] = address }, formPage: "/admin/mail");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A visitor of the demo concierge books the first free time through the widget API, giving ada@example.com.</summary>
    /// <param name="language">The visitor's language (L1); null speaks the chatflow's base language.</param>
    public static async Task<(MeetingRecord Meeting, string InvitationUrl)> BookMeetingAsync(ChatflowsFactory host, string? language = null)
    {
        var visitor = VisitorClient.For(host);
        var started = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", timeZone = "Europe/Amsterdam", language }));
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(conversationId, "meeting");
        var slot = offer.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "bot")
            .GetProperty("payload").GetProperty("slots")[0].GetProperty("id").GetString()!;
        await visitor.SayAsync(conversationId, slot);
        var (_, booked) = await visitor.SayAsync(conversationId, "ada@example.com");
        var url = booked.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("payload")).Where(p => p.ValueKind == JsonValueKind.Object)
            .Single(p => p.TryGetProperty("invitationUrl", out _)).GetProperty("invitationUrl").GetString()!;
        var meeting = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().OrderBy(m => m.Id).LastAsync());
        return (meeting, url);
    }

    /// <summary>Waits until the outbox satisfies <paramref name="done"/> (the worker marks a mail after the server answered).</summary>
    public static async Task<List<MailOutboxRecord>> OutboxAsync(ChatflowsFactory host, Func<List<MailOutboxRecord>, bool> done, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var rows = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MailOutbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
            if (done(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < deadline, "The outbox: " + string.Join(" | ", rows.Select(r => $"{r.Kind} {r.Status} {r.Attempts} {r.LastError}"))
                + "\nMail log: " + string.Join("\n", host.Logs.Lines.Where(l => l.Contains("Mail", StringComparison.Ordinal)).TakeLast(10)));
            await Task.Delay(100);
        }
    }
}
