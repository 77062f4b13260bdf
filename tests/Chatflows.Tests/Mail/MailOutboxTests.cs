using System.Net;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using MimeKit;

namespace Chatflows.Tests.Mail;

/// <summary>The outbox against a real SMTP server: retries, giving up, a retry from the admin, the pickup folder, the start-up check.</summary>
public sealed class MailOutboxTests
{
    [Fact]
    public async Task A_mail_the_server_refuses_twice_goes_out_on_the_third_attempt_with_the_same_message_id()
    {
        await using var smtp = SmtpSink.Start(refuseFirst: 2);
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: smtp.Settings);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        await MailScenarios.SendTestMailAsync(admin, "ops@example.com");

        var mail = Assert.Single(await smtp.WaitForCountAsync(1));
        var rows = await MailScenarios.OutboxAsync(host, r => r.Single().Status == MailStatuses.Sent);
        Assert.Equal([false, false, true], smtp.Seen.Select(s => s.Accepted));
        Assert.Single(smtp.Seen.Select(s => s.Message.MessageId).Distinct());
        Assert.Equal(rows[0].MessageId, mail.MessageId);
        Assert.Equal(3, rows[0].Attempts);
        Assert.Equal("ops@example.com", MeetingMailTests.To(mail));
        Assert.False(string.IsNullOrWhiteSpace(mail.HtmlBody));
        Assert.False(string.IsNullOrWhiteSpace(mail.TextBody));
    }

    [Fact]
    public async Task After_the_last_attempt_a_mail_is_failed_with_the_reason_and_the_admin_can_retry_it()
    {
        await using var smtp = SmtpSink.Start(refuseFirst: 2);
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>(smtp.Settings) { ["Chatflows:Mail:MaxAttempts"] = "2" });
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        await MailScenarios.SendTestMailAsync(admin, "ops@example.com");
        var failed = (await MailScenarios.OutboxAsync(host, r => r.Single().Status == MailStatuses.Failed)).Single();
        var page = await admin.Http.GetStringAsync("/admin/mail?status=failed");

        var retried = await admin.PostFormAsync($"/admin/mail?handler=Retry&id={failed.Id}", [], formPage: "/admin/mail");

        Assert.Contains("Try again later", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("Try again later", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var mail = Assert.Single(await smtp.WaitForCountAsync(1));
        Assert.Equal(failed.MessageId, mail.MessageId);
        await MailScenarios.OutboxAsync(host, r => r.Single().Status == MailStatuses.Sent);
    }

    [Fact]
    public async Task Without_smtp_settings_each_mail_is_an_eml_file_in_the_pickup_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatflows-tests", "pickup-" + Guid.NewGuid().ToString("N"));
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Mail:PickupFolder"] = folder });
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        await MailScenarios.SendTestMailAsync(admin, "ops@example.com");

        var row = (await MailScenarios.OutboxAsync(host, r => r.Single().Status == MailStatuses.Sent)).Single();
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal("ops@example.com", MeetingMailTests.To(message));
        Assert.StartsWith("Test mail from", message.Subject, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task An_smtp_transport_without_a_host_stops_the_start_with_the_setting_to_fix()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Mail:Transport"] = "Smtp" }));

        Assert.Contains("Chatflows:Mail:Smtp:Host", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_mail_to_something_that_is_not_an_address_is_refused_on_the_form()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var response = await admin.PostFormAsync("/admin/mail?handler=Test", new() { ["TestAddress"] = "ops@example.com\r\nBcc: evil@example.com" }, formPage: "/admin/mail");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await MailScenarios.OutboxAsync(host, _ => true));
    }
}
