using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Meetings;
using Chatflows.Tests.Tickets;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>
/// With a poll interval of an hour, mail only goes out in a test's lifetime if the worker is woken after the mail
/// committed: a wake-up before the commit finds nothing, and the next look would be an hour later.
/// </summary>
public sealed class MailWakeUpTests : IAsyncLifetime
{
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_test_mail_saved_without_a_transaction_goes_out_without_waiting_for_a_poll()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        await MailScenarios.SendTestMailAsync(admin, "ops@example.com");

        Assert.Equal("ops@example.com", MeetingMailTests.To(Assert.Single(await _smtp.WaitForCountAsync(1))));
    }

    [Fact]
    public async Task Ticket_mails_of_a_visitor_turn_go_out_once_the_turn_committed()
    {
        await MailScenarios.AssignTicketsToAdministratorAsync(_host);
        await PublishFirstAsync(_host, MailScenarios.EmailTicketFlow());
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-ticket");

        await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "ada@example.com");

        var mails = await _smtp.WaitForCountAsync(2);
        Assert.Contains(mails, m => MeetingMailTests.To(m) == "ada@example.com");
        await MailScenarios.OutboxAsync(_host, r => r.Count == 2 && r.All(m => m.Status == MailStatuses.Sent));
    }

    [Fact]
    public async Task Meeting_mails_written_through_the_turns_transaction_go_out_once_it_committed()
    {
        await MailScenarios.BookMeetingAsync(_host);

        var mails = await _smtp.WaitForCountAsync(2);
        Assert.Contains(mails, m => MeetingMailTests.To(m) == MeetingTestData.SanneEmail);
    }

    public async Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?>(_smtp.Settings) { ["Chatflows:Mail:PollInterval"] = "01:00:00" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
