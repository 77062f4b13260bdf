using System.Net;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>
/// The team's reminder of a hand-off nobody took: switched on per team on the mail page, due after its minutes
/// (on a clock the test moves), sent to the team's available members only, and not sent once an agent answered.
/// </summary>
public sealed class HandoffMailTests : IAsyncLifetime
{
    private const string Team = "support";
    private readonly MovableClock _clock = new();
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_handoff_nobody_took_reminds_the_available_members_of_the_team_after_its_minutes()
    {
        await SetReminderMinutesAsync(10);
        var id = await HandOffAsync("ada@example.com");
        var waiting = await MailScenarios.OutboxAsync(_host, r => r.Count(m => m.Kind == MailKinds.HandoffWaiting) >= 2);

        _clock.Advance(TimeSpan.FromMinutes(11));

        var mail = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Equal("ana@ledgerly.example", MeetingMailTests.To(mail));
        Assert.Equal("A visitor has been waiting 10 minutes for Support", mail.Subject);
        Assert.Contains($"/admin/inbox/conversation/{id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("ada@example.com", mail.TextBody, StringComparison.Ordinal); // what the visitor said last
        Assert.All(waiting.Where(m => m.Kind == MailKinds.HandoffWaiting), m => Assert.True(m.NextAttemptUtc >= m.CreatedUtc.AddMinutes(10).AddSeconds(-5)));
        var rows = await MailScenarios.OutboxAsync(_host, r => r.Where(m => m.Kind == MailKinds.HandoffWaiting).All(m => m.Status is MailStatuses.Sent or MailStatuses.Skipped));
        var away = Assert.Single(rows, m => m.ToAddress == "bob@ledgerly.example");
        Assert.Equal(MailStatuses.Skipped, away.Status);
        Assert.Contains("not available", away.LastError, StringComparison.Ordinal);
        Assert.Single(_smtp.Accepted);
    }

    [Fact]
    public async Task A_handoff_an_agent_answered_in_time_sends_no_reminder()
    {
        await SetReminderMinutesAsync(10);
        var agent = await InboxAgents.SignInAsync(_host, "ana@ledgerly.example");
        var id = await HandOffAsync("ada@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, id, "TakeOver")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Hello, I'm here." })).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(11));

        var rows = await MailScenarios.OutboxAsync(_host, r => r.Any(m => m.Kind == MailKinds.HandoffWaiting)
            && r.Where(m => m.Kind == MailKinds.HandoffWaiting).All(m => m.Status is not (MailStatuses.Pending or MailStatuses.Sending)));
        var toAna = Assert.Single(rows, m => m.Kind == MailKinds.HandoffWaiting && m.ToAddress == "ana@ledgerly.example");
        Assert.Equal(MailStatuses.Skipped, toAna.Status);
        Assert.Contains("An agent took the conversation", toAna.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(_smtp.Accepted, m => (m.Subject ?? "").StartsWith("A visitor has been waiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_without_reminder_minutes_gets_no_reminder_rows()
    {
        var id = await HandOffAsync("ada@example.com");
        await SetReminderMinutesAsync(10); // switched on only after this hand-off
        await HandOffAsync("grace@example.com");

        var rows = await MailScenarios.OutboxAsync(_host, r => r.Any(m => m.Kind == MailKinds.HandoffWaiting));
        Assert.DoesNotContain(rows, m => m.ConversationId == id);
    }

    private async Task SetReminderMinutesAsync(int minutes)
    {
        var admin = await Tickets.TicketScenarios.SignInAsAdministratorAsync(_host);
        Dictionary<string, string> form = new() { ["FromName"] = "", ["FromAddress"] = "", [$"TeamMinutes[{Team}]"] = $"{minutes}" };
        for (var i = 0; i < MailNotifications.All.Count; i++)
        {
            form[$"Enabled[{i}]"] = MailNotifications.All[i];
        }

        var saved = await admin.PostFormAsync("/admin/mail?handler=Settings", form, formPage: "/admin/mail");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private async Task<string> HandOffAsync(string email)
    {
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-team");
        var id = started.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, email);
        Assert.Equal(Team, (await InboxAgents.ConversationAsync(_host, id)).AssignedTeamId);
        return id;
    }

    public async Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = await StartAsync(_smtp, _clock);
        await InboxAgents.AllAwayAsync(_host);
        await InboxAgents.CreateAsync(_host, "ana@ledgerly.example", "Ana", team: Team);
        await InboxAgents.CreateAsync(_host, "bob@ledgerly.example", "Bob", available: false, team: Team);
        await PublishFirstAsync(_host, Flow("email-team", "Hi!",
            Action("email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, "team"),
            Action("team", "sendToTeam", new SendToTeamSettings(Team))));
    }

    private static async Task<ChatflowsFactory> StartAsync(SmtpSink smtp, MovableClock clock)
    {
        var host = new ChatflowsFactory(TestDatabase.Create(DatabaseProvider.Sqlite), settings: smtp.Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        await Task.Run(() => host.Services);
        return host;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
