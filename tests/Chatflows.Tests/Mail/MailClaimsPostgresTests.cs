using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Mail;

/// <summary>Two nodes on one PostgreSQL database, both sending: each mail reaches the SMTP server once.</summary>
public sealed class MailClaimsPostgresTests
{
    private const int Mails = 30;

    [Fact]
    public async Task Two_nodes_on_postgres_send_each_mail_once()
    {
        await using var smtp = SmtpSink.Start();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Chatflows:Mail:PollInterval"] = "00:00:00.050" };
        await using var first = await ChatflowsFactory.StartAsync(DatabaseProvider.Postgres, settings: settings);
        await using var second = new ChatflowsFactory(first.Database, settings: settings, ownsDatabase: false);
        await Task.Run(() => second.Services);
        var admins = new[] { await TicketScenarios.SignInAsAdministratorAsync(first), await TicketScenarios.SignInAsAdministratorAsync(second) };

        for (var i = 0; i < Mails; i++)
        {
            await MailScenarios.SendTestMailAsync(admins[i % 2], $"ops-{i}@example.com");
        }

        await smtp.WaitForCountAsync(Mails);
        var rows = await MailScenarios.OutboxAsync(first, r => r.Count == Mails && r.All(m => m.Status == MailStatuses.Sent));
        Assert.Equal(Mails, smtp.Seen.Count);
        Assert.Equal(Mails, smtp.Accepted.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(rows.Select(r => r.MessageId).Order(), smtp.Accepted.Select(m => m.MessageId).Order());
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }
}
