using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using MimeKit;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>Ticket mail through the widget API: to the visitor who gave an address, to the assignee, and never with a forged header.</summary>
public sealed class TicketMailTests : IAsyncLifetime
{
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_bots_ticket_mails_the_visitor_who_gave_an_address_and_the_assignee()
    {
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-ticket");
        var conversationId = started.GetProperty("conversationId").GetString()!;

        await visitor.SayAsync(conversationId, "ada@example.com");

        var mails = await _smtp.WaitForCountAsync(2);
        var reference = (await MailScenarios.OutboxAsync(_host, _ => true)).Select(r => r.ModelJson).First(j => j.Contains("reference", StringComparison.Ordinal));
        var toVisitor = Assert.Single(mails, m => MeetingMailTests.To(m) == "ada@example.com");
        var toAssignee = Assert.Single(mails, m => MeetingMailTests.To(m) == ChatflowsFactory.AdminEmail);
        Assert.StartsWith("We received your question (T-", toVisitor.Subject, StringComparison.Ordinal);
        Assert.Contains("Question about an invoice", toVisitor.TextBody, StringComparison.Ordinal);
        Assert.Contains("Question about an invoice", toAssignee.Subject, StringComparison.Ordinal);
        Assert.Contains("/admin/tickets/ticket/", toAssignee.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(reference.Split('"')[3], toVisitor.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_switched_off_ticket_notification_writes_no_outbox_row_for_the_visitor()
    {
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        var admin = await Tickets.TicketScenarios.SignInAsAdministratorAsync(_host);
        var switchedOff = await admin.PostFormAsync("/admin/mail?handler=Settings", new()
        {
            ["Enabled"] = MailNotifications.TicketAssigned,
        }, formPage: "/admin/mail");
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-ticket");

        var (answered, _) = await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "ada@example.com");

        var rows = await MailScenarios.OutboxAsync(_host, r => r.Count == 1 && r.All(m => m.Status == MailStatuses.Sent));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switchedOff.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(MailKinds.TicketAssigned, Assert.Single(rows).Kind);
    }

    [Fact]
    public async Task An_address_from_an_earlier_conversation_gets_no_ticket_mail()
    {
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        await PublishAsync(_host, MailScenarios.TopicTicketFlow());
        var visitor = VisitorClient.For(_host);
        var (_, first) = await visitor.StartAsync("email-ticket");
        visitor.VisitorId = first.GetProperty("visitorId").GetString();
        await visitor.SayAsync(first.GetProperty("conversationId").GetString()!, "ada@example.com");
        await _smtp.WaitForCountAsync(2);

        var (_, second) = await visitor.StartAsync("topic-ticket");
        await visitor.SayAsync(second.GetProperty("conversationId").GetString()!, "My second question");

        var rows = await MailScenarios.OutboxAsync(_host, r => r.Count == 4 && r.All(m => m.Status is MailStatuses.Sent or MailStatuses.Failed));
        var refused = Assert.Single(rows, r => r.Status == MailStatuses.Failed);
        Assert.Equal(MailKinds.TicketCreated, refused.Kind);
        Assert.Equal("ada@example.com", refused.ToAddress);
        Assert.Contains("did not give this address", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _smtp.Accepted.Count);
    }

    [Fact]
    public async Task Line_breaks_in_visitor_text_cannot_add_a_header_to_a_mail()
    {
        await PublishFirstAsync(_host, MailScenarios.TopicTicketFlow());
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("topic-ticket");

        await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "Invoice\r\nBcc: attacker@evil.example\r\nX-Injected: yes\r\n\r\n<b>body</b>");

        var mail = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Equal([ChatflowsFactory.AdminEmail], _smtp.Seen.Single().Recipients);
        Assert.Empty(mail.Bcc);
        Assert.Single(mail.To);
        Assert.Null(mail.Headers[HeaderId.Bcc]);
        Assert.DoesNotContain(mail.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Bcc: attacker@evil.example", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;body&lt;/b&gt;", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transcript_goes_only_to_an_address_given_in_the_conversation()
    {
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-ticket");
        var id = started.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "ada@example.com");

        var other = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/transcript", new { email = "someone.else@example.com" });
        var given = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/transcript", new { email = "ADA@example.com" });
        var stranger = await VisitorClient.For(_host).SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/transcript", new { email = "ada@example.com" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, given.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, stranger.StatusCode);
        var mails = await _smtp.WaitForCountAsync(3);
        var transcript = Assert.Single(mails, m => (m.Subject ?? "").StartsWith("Your conversation with", StringComparison.Ordinal));
        Assert.Contains("You: ada@example.com", transcript.TextBody, StringComparison.Ordinal);
        Assert.Contains("We'll be in touch.", transcript.TextBody, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: _smtp.Settings);
        await MailScenarios.AssignTicketsToAdministratorAsync(_host);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
