using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Meetings;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Chatflows.Tests.Mail;

/// <summary>A visitor books, moves and cancels through the real paths; every mail arrives at a real SMTP server.</summary>
public sealed class MeetingMailTests : IAsyncLifetime
{
    private SmtpSink _smtp = null!;
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Booking_mails_the_visitor_and_the_host_an_invitation_that_parses()
    {
        var (meeting, _) = await BookAsync();

        var mails = await _smtp.WaitForCountAsync(2);
        var toVisitor = Assert.Single(mails, m => To(m) == "ada@example.com");
        var toHost = Assert.Single(mails, m => To(m) == MeetingTestData.SanneEmail);
        var calendar = Calendar.Load(Ics(toVisitor, "REQUEST"))!;
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Contains(meeting.Reference, Assert.Single(calendar.Events).Uid!, StringComparison.Ordinal);
        Assert.Equal(DateTime.SpecifyKind(meeting.StartUtc, DateTimeKind.Utc), calendar.Events[0]!.Start!.AsUtc);
        Assert.StartsWith("Meeting booked:", toVisitor.Subject, StringComparison.Ordinal);
        Assert.Contains("/chatflows/meetings/", toVisitor.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/chatflows/meetings/", toVisitor.TextBody, StringComparison.Ordinal);
        var accent = await _host.InScopeAsync(async s => (await s.GetRequiredService<Chatflows.Channel.ChannelSettingsStore>().GetAsync(CancellationToken.None)).Settings.AccentColor);
        Assert.Contains($"background:{accent}", toVisitor.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/chatflows/meetings/", toHost.HtmlBody, StringComparison.Ordinal); // the manage token is the visitor's
        Assert.Equal("REQUEST", Calendar.Load(Ics(toHost, "REQUEST"))!.Method);
        var ids = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MailOutbox.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(ids.Order(), mails.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Cancelling_through_the_manage_link_mails_a_cancellation_with_method_cancel()
    {
        var (meeting, invitationUrl) = await BookAsync();
        await _smtp.WaitForCountAsync(2);
        var manage = invitationUrl.Replace("/invitation.ics", "", StringComparison.Ordinal);
        var browser = AdminClient.For(_host);

        var cancelled = await browser.PostFormAsync($"{manage}?handler=Cancel", [], formPage: manage);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mails = await _smtp.WaitForCountAsync(4);
        var cancellation = Assert.Single(mails, m => To(m) == "ada@example.com" && (m.Subject ?? "").StartsWith("Meeting cancelled", StringComparison.Ordinal));
        var calendar = Calendar.Load(Ics(cancellation, "CANCEL"))!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Contains(meeting.Reference, calendar.Events[0]!.Uid!, StringComparison.Ordinal);
        var toHost = Assert.Single(mails, m => To(m) == MeetingTestData.SanneEmail && (m.Subject ?? "").StartsWith("Cancelled", StringComparison.Ordinal));
        Assert.Contains("This meeting was cancelled.", toHost.TextBody, StringComparison.Ordinal); // true whoever cancelled it
    }

    [Fact]
    public async Task Moving_through_the_manage_link_mails_the_new_time_to_the_visitor_and_the_host()
    {
        var (meeting, invitationUrl) = await BookAsync();
        await _smtp.WaitForCountAsync(2);
        var manage = invitationUrl.Replace("/invitation.ics", "", StringComparison.Ordinal);
        var browser = AdminClient.For(_host);
        var page = await browser.Http.GetStringAsync(manage);
        var slots = System.Text.RegularExpressions.Regex.Matches(page, "name=\"slot\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        var moved = await browser.PostFormAsync($"{manage}?handler=Reschedule", new() { ["slot"] = slots.Last() }, formPage: manage);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var mails = await _smtp.WaitForCountAsync(4);
        var now = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.RescheduledFromId == meeting.Id));
        Assert.NotEqual(meeting.StartUtc, now.StartUtc);
        var toVisitor = Assert.Single(mails, m => To(m) == "ada@example.com" && (m.Subject ?? "").StartsWith("Meeting moved:", StringComparison.Ordinal));
        var calendar = Calendar.Load(Ics(toVisitor, "REQUEST"))!;
        var booked = Calendar.Load(Ics(Assert.Single(mails, m => To(m) == "ada@example.com" && (m.Subject ?? "").StartsWith("Meeting booked:", StringComparison.Ordinal)), "REQUEST"))!;
        Assert.Equal(DateTime.SpecifyKind(now.StartUtc, DateTimeKind.Utc), calendar.Events[0]!.Start!.AsUtc);
        // One event that moved: the calendar keeps the booking's UID and replaces it because SEQUENCE rose.
        Assert.Equal(booked.Events[0]!.Uid, calendar.Events[0]!.Uid);
        Assert.True(calendar.Events[0]!.Sequence > booked.Events[0]!.Sequence);
        var download = Calendar.Load(await browser.Http.GetStringAsync(NewInvitationUrl(toVisitor)))!;
        Assert.Equal((booked.Events[0]!.Uid, calendar.Events[0]!.Sequence), (download.Events[0]!.Uid, download.Events[0]!.Sequence));
        Assert.Contains("/chatflows/meetings/", toVisitor.TextBody, StringComparison.Ordinal); // the new manage link
        var toHost = Assert.Single(mails, m => To(m) == MeetingTestData.SanneEmail && (m.Subject ?? "").StartsWith("Moved:", StringComparison.Ordinal));
        Assert.Equal("REQUEST", Calendar.Load(Ics(toHost, "REQUEST"))!.Method);
        Assert.DoesNotContain("/chatflows/meetings/", toHost.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_cancelling_on_the_meetings_page_mails_the_visitor_a_cancellation()
    {
        var (meeting, _) = await BookAsync();
        await _smtp.WaitForCountAsync(2);
        var host = await MeetingTestData.SanneSignedInAsync(_host);

        var cancelled = await host.PostFormAsync($"/admin/meetings?handler=Cancel&id={meeting.Id}", [], formPage: "/admin/meetings");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mails = await _smtp.WaitForCountAsync(4);
        var cancellation = Assert.Single(mails, m => To(m) == "ada@example.com" && (m.Subject ?? "").StartsWith("Meeting cancelled", StringComparison.Ordinal));
        Assert.Equal("CANCEL", Calendar.Load(Ics(cancellation, "CANCEL"))!.Method);
    }

    [Fact]
    public async Task A_conversation_in_dutch_mails_in_dutch()
    {
        await MailScenarios.BookMeetingAsync(_host, "nl");

        var mails = await _smtp.WaitForCountAsync(2);
        var toVisitor = Assert.Single(mails, m => To(m) == "ada@example.com");
        Assert.StartsWith("Afspraak gemaakt:", toVisitor.Subject, StringComparison.Ordinal);
        Assert.Contains("Verzetten of annuleren", toVisitor.TextBody, StringComparison.Ordinal);
    }

    internal static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    /// <summary>The calendar download behind the manage link a mail carries.</summary>
    private static string NewInvitationUrl(MimeMessage message) =>
        new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"https?://\S+/chatflows/meetings/[A-Za-z0-9_-]+").Value).PathAndQuery + "/invitation.ics";

    private static string Ics(MimeMessage message, string method)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal(method, part.ContentType.Parameters["method"]);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private Task<(MeetingRecord Meeting, string InvitationUrl)> BookAsync() => MailScenarios.BookMeetingAsync(_host);

    public async Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: _smtp.Settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
