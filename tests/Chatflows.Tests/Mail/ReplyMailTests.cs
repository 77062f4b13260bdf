using System.Net;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Mail;

/// <summary>
/// Continuity by mail: an agent replies through the inbox to a visitor who gave their address; without a
/// read receipt from the widget within two minutes (on a clock the test moves) the replies go out by mail with a
/// signed link back.
/// </summary>
public sealed class ReplyMailTests : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_reply_to_a_visitor_who_left_is_mailed_after_two_minutes_with_a_signed_link_back()
    {
        var (_, id, agent) = await HandedOffAsync();

        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Your invoice is fixed." });
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Anything else?" });
        var waiting = await MailScenarios.OutboxAsync(_host, r => r.Count == 1);
        _clock.Advance(TimeSpan.FromMinutes(3));

        var mail = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Equal("ada@example.com", MeetingMailTests.To(mail));
        Assert.Contains("Your invoice is fixed.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anything else?", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = mail.Headers["List-Unsubscribe"]!.Trim('<', '>');
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"http://localhost/pricing#chatflows-resume=(\S+)");
        Assert.True(link.Success, mail.TextBody);
        var resume = _host.Services.GetRequiredService<ConversationResumeLinks>();
        var token = Uri.UnescapeDataString(link.Groups[1].Value);
        // The link carries the stored visitor id; the widget is given a freshly signed one when it resumes.
        var storedVisitor = (await InboxAgents.ConversationAsync(_host, id)).VisitorId;
        Assert.Equal((id, storedVisitor), resume.Read(token)!.Value);
        Assert.Null(resume.Read((token[0] == 'A' ? "B" : "A") + token[1..]));
        Assert.True(waiting.Single().NextAttemptUtc >= waiting.Single().CreatedUtc.AddMinutes(2).AddSeconds(-5), "a reply waits two minutes for the visitor");

        var unsubscribed = await _host.CreateClient().PostAsync(new Uri(unsubscribe).PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "One more thing." });
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        var rows = await MailScenarios.OutboxAsync(_host, r => r.Count == 2 && r[1].Status == MailStatuses.Failed);
        Assert.Contains("unsubscribed", rows[1].LastError, StringComparison.Ordinal);
        Assert.True(rows[1].NextAttemptUtc >= rows[0].CreatedUtc.AddMinutes(15), "at most one reply mail per conversation per 15 minutes");
    }

    [Fact]
    public async Task A_reply_the_visitor_read_in_the_chat_is_not_mailed()
    {
        var (visitor, id, agent) = await HandedOffAsync();
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Live answer." });
        await MailScenarios.OutboxAsync(_host, r => r.Count == 1);

        var read = await ReadAsync(visitor, id, await SeqOfAsync(visitor, id, "Live answer."));
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        var row = (await MailScenarios.OutboxAsync(_host, r => r.Count == 1 && r[0].Status == MailStatuses.Skipped)).Single();
        Assert.Equal(MailKinds.ConversationReply, row.Kind);
        Assert.Empty(_smtp.Accepted);
    }

    [Fact]
    public async Task A_reply_the_event_stream_delivered_but_nobody_read_is_still_mailed()
    {
        var (visitor, id, agent) = await HandedOffAsync();
        using var stream = await visitor.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"/chatflows/api/conversations/{id}/events") { Headers = { { "X-Chatflows-Visitor", visitor.VisitorId } } },
            HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Live answer." });
        while (await reader.ReadLineAsync() is { } line && !line.Contains("Live answer.", StringComparison.Ordinal))
        {
        }

        _clock.Advance(TimeSpan.FromMinutes(3));

        // The tab may have closed, or the laptop slept, with the connection still open: only the widget knows it was read.
        var mail = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Contains("Live answer.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_first_reply_leaves_the_mail_for_a_later_one()
    {
        var (visitor, id, agent) = await HandedOffAsync();
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "First answer." });
        var first = await SeqOfAsync(visitor, id, "First answer.");
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Second answer." });

        var read = await ReadAsync(visitor, id, first);
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        var mail = Assert.Single(await _smtp.WaitForCountAsync(1));
        Assert.Contains("Second answer.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_conversations_own_visitor_can_mark_it_read()
    {
        var (visitor, id, agent) = await HandedOffAsync();
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "For Ada only." });
        var stranger = VisitorClient.For(_host);
        await stranger.StartAsync("email-person");

        var refused = await ReadAsync(stranger, id, 1000);
        var negative = await ReadAsync(visitor, id, -1);
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Single(await _smtp.WaitForCountAsync(1));
    }

    private static Task<HttpResponseMessage> ReadAsync(VisitorClient visitor, string id, long seq) =>
        visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/read", new { seq });

    private static async Task<long> SeqOfAsync(VisitorClient visitor, string id, string text)
    {
        var body = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages?after=0"));
        return body.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("text").GetString() == text).GetProperty("seq").GetInt64();
    }

    private async Task<(VisitorClient Visitor, string ConversationId, AdminClient Agent)> HandedOffAsync()
    {
        await InboxAgents.AllAwayAsync(_host);
        await InboxAgents.CreateAsync(_host, "ana@ledgerly.example", "Ana");
        var agent = await InboxAgents.SignInAsync(_host, "ana@ledgerly.example");
        await PublishFirstAsync(_host, Flow("email-person", "Hi!",
            Action("email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, "person"),
            Action("person", "sendToTeam", new SendToTeamSettings())));
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("email-person");
        var id = started.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "ada@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, id, "TakeOver")).StatusCode);
        return (visitor, id, agent);
    }

    public async Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = await StartAsync(_smtp, _clock);
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
