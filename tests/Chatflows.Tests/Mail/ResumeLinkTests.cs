using System.Net;
using System.Text.RegularExpressions;
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
/// The link in a reply mail brings the visitor back (issue 20): its token buys a newly signed visitor id of the
/// conversation's visitor, and nothing else. The transcript by mail goes to the address the conversation gave.
/// </summary>
public sealed partial class ResumeLinkTests : IAsyncLifetime
{
    private readonly MovableClock _clock = new();
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_mailed_link_gives_a_browser_without_any_id_a_signed_id_that_reads_the_conversation()
    {
        var (visitor, id) = await MailedReplyAsync();
        var token = await MailedTokenAsync();

        var stranger = VisitorClient.For(_host);
        using var response = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token });
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(id, body.GetProperty("conversationId").GetString());
        Assert.Equal("email-person", body.GetProperty("chatflowId").GetString());
        var signed = body.GetProperty("visitorId").GetString()!;
        var stored = (await InboxAgents.ConversationAsync(_host, id)).VisitorId;
        Assert.NotEqual(stored, signed); // the raw id never travels
        Assert.NotEqual(visitor.VisitorId, signed); // a new token, not the one the first page held
        stranger.VisitorId = signed;
        var read = await VisitorClient.BodyAsync(await stranger.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages?after=0"));
        Assert.Contains("Your invoice is fixed.", VisitorClient.Texts(read));
        var (said, _) = await stranger.SayAsync(id, "Thanks, that was it.");
        Assert.Equal(HttpStatusCode.OK, said.StatusCode);
        Assert.Contains("Thanks, that was it.", (await InboxAgents.MessagesAsync(_host, id)).Select(m => m.Text));
    }

    [Fact]
    public async Task An_altered_expired_or_erased_link_is_a_404_and_a_missing_token_a_400()
    {
        var (visitor, id) = await MailedReplyAsync();
        var token = await MailedTokenAsync();
        var stranger = VisitorClient.For(_host);

        var altered = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token = (token[0] == 'A' ? "B" : "A") + token[1..] });
        var missing = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token = "" });
        var tooLong = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token = new string('a', 3000) });
        _clock.Advance(ConversationResumeLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token });

        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.Equal("application/problem+json", altered.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Null(stranger.VisitorId);

        _clock.Advance(-(ConversationResumeLinks.Lifetime + TimeSpan.FromMinutes(1)));
        Assert.Equal(HttpStatusCode.NoContent, (await visitor.SendAsync(HttpMethod.Delete, $"/chatflows/api/conversations/{id}")).StatusCode);
        var erased = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/visitor/resume", new { token });
        Assert.Equal(HttpStatusCode.NotFound, erased.StatusCode);
    }

    [Fact]
    public async Task The_transcript_by_mail_goes_to_the_address_the_conversation_gave_without_asking_for_it()
    {
        var (visitor, id) = await MailedReplyAsync();
        await MailedTokenAsync();

        using var sent = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/transcript", new { });

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var transcript = await _smtp.WaitForCountAsync(2);
        Assert.Equal("ada@example.com", MeetingMailTests.To(transcript[1]));
        Assert.Contains("Your invoice is fixed.", transcript[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_known_address_the_transcript_by_mail_asks_for_one()
    {
        await PublishFirstAsync(_host, Flow("no-email", "Hi!", Action("ask", "askQuestion", new AskQuestionSettings { Text = "Your name?" }, null)));
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync("no-email");
        var id = started.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "Ada, no e-mail here");

        using var asked = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/transcript", new { });
        var problem = await VisitorClient.BodyAsync(asked);

        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
        Assert.Equal("Give the e-mail address to send the transcript to.", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    // An agent's reply to a visitor who gave their address and left: mailed after two minutes with the link.
    private async Task<(VisitorClient Visitor, string ConversationId)> MailedReplyAsync()
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
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Your invoice is fixed." });
        await MailScenarios.OutboxAsync(_host, r => r.Count == 1);
        _clock.Advance(TimeSpan.FromMinutes(3));
        return (visitor, id);
    }

    private async Task<string> MailedTokenAsync()
    {
        var mail = (await _smtp.WaitForCountAsync(1))[0];
        var link = ResumeLink().Match(mail.TextBody!);
        Assert.True(link.Success, mail.TextBody);
        return Uri.UnescapeDataString(link.Groups[1].Value);
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

    [GeneratedRegex(@"#chatflows-resume=(\S+)")]
    private static partial Regex ResumeLink();
}
