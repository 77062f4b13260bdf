using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Mail;

/// <summary>
/// The SMTP transport keeps its connection between mails, against a real SMTP server that counts connections and
/// can hang up: fewer connections than mails, and a hang-up costs neither a mail nor a duplicate nor an attempt.
/// </summary>
public sealed class SmtpMailTransportTests
{
    private const int Mails = 5;

    [Fact]
    public async Task Mails_sent_one_after_another_share_one_connection_each_with_its_own_message_id()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(smtp, keepAlive: "00:05:00");

        var rows = await SendAsync(host);

        Assert.Equal(1, smtp.Connections);
        AssertEachRowArrivedOnce(smtp, rows);
    }

    [Fact]
    public async Task Without_keep_alive_each_mail_opens_its_own_connection()
    {
        await using var smtp = SmtpSink.Start();
        await using var host = await StartAsync(smtp, keepAlive: "00:00:00");

        var rows = await SendAsync(host);

        Assert.Equal(Mails, smtp.Connections);
        AssertEachRowArrivedOnce(smtp, rows);
    }

    [Fact]
    public async Task A_server_that_hangs_up_mid_batch_gets_every_mail_exactly_once_without_a_failed_attempt()
    {
        await using var smtp = SmtpSink.Start(closeAfter: 2);
        await using var host = await StartAsync(smtp, keepAlive: "00:05:00");

        var rows = await SendAsync(host);

        Assert.Equal(3, smtp.Connections); // 2 + 2 + 1 mails: each 421 at the next MAIL FROM led to a new connection
        AssertEachRowArrivedOnce(smtp, rows);
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_replaced_without_a_failed_attempt()
    {
        await using var smtp = SmtpSink.Start(idleTimeout: TimeSpan.FromMilliseconds(300));
        await using var host = await StartAsync(smtp, keepAlive: "00:05:00");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        await MailScenarios.SendTestMailAsync(admin, "first@example.com");
        await smtp.WaitForCountAsync(1);
        await smtp.WaitForEndedConnectionAsync(); // the server hung up on the kept connection; the transport does not know yet

        await MailScenarios.SendTestMailAsync(admin, "second@example.com");

        var rows = await MailScenarios.OutboxAsync(host, r => r.Count == 2 && r.All(m => m.Status == MailStatuses.Sent));
        Assert.Equal(2, smtp.Connections);
        AssertEachRowArrivedOnce(smtp, rows);
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }

    private static Task<ChatflowsFactory> StartAsync(SmtpSink smtp, string keepAlive) =>
        ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>(smtp.Settings)
        {
            ["Chatflows:Mail:Smtp:KeepAlive"] = keepAlive,
            ["Chatflows:Mail:RetryDelay"] = "00:10:00", // a failed attempt would be visible as a mail still pending
        });

    private static async Task<List<MailOutboxRecord>> SendAsync(ChatflowsFactory host)
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        for (var i = 0; i < Mails; i++)
        {
            await MailScenarios.SendTestMailAsync(admin, $"ops{i}@example.com");
        }

        return await MailScenarios.OutboxAsync(host, r => r.Count == Mails && r.All(m => m.Status == MailStatuses.Sent));
    }

    private static void AssertEachRowArrivedOnce(SmtpSink smtp, List<MailOutboxRecord> rows)
    {
        Assert.Equal(rows.Count, smtp.Seen.Count);
        Assert.Equal(rows.Select(r => r.MessageId).Order(), smtp.Accepted.Select(m => m.MessageId).Order());
    }
}
