using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Meetings;

/// <summary>A visitor books through the Concierge's "book a meeting" branch, then uses the links they got.</summary>
public sealed class MeetingVisitorFlowTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Concierge_offers_slots_in_the_visitors_zone_asks_for_an_email_and_books()
    {
        var (visitor, conversationId, slots) = await OfferSlotsAsync("America/New_York");
        var slot = slots[0];

        var (_, askEmail) = await visitor.SayAsync(conversationId, slot.GetProperty("id").GetString()!);
        var (_, booked) = await visitor.SayAsync(conversationId, "ada@example.com");

        Assert.True(slot.GetProperty("label").GetString()!.EndsWith("(America/New_York)", StringComparison.Ordinal), slot.ToString() + booked.ToString());
        Assert.Equal("email", LastBot(askEmail).GetProperty("payload").GetProperty("inputHint").GetString());
        var confirmation = booked.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("payload") is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("reference", out _));
        Assert.Contains("Sanne de Vries", confirmation.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("(America/New_York)", confirmation.GetProperty("text").GetString(), StringComparison.Ordinal);
        var meeting = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().SingleAsync());
        Assert.Equal(conversationId, meeting.ConversationId);
        Assert.Equal("America/New_York", meeting.VisitorTimeZone);
        Assert.Equal(meeting.Reference, booked.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("payload")).Where(p => p.ValueKind == JsonValueKind.Object)
            .Single(p => p.TryGetProperty("reference", out _)).GetProperty("reference").GetString());
        Assert.Equal(slot.GetProperty("start").GetString(), NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(meeting.StartUtc, DateTimeKind.Utc)).ToString());
    }

    [Fact]
    public async Task The_invitation_parses_and_carries_the_meeting_in_utc_with_organizer_and_attendee()
    {
        var (meeting, invitationUrl) = await BookAsync();

        var response = await _host.CreateClient().GetAsync(invitationUrl);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        var invitation = Assert.Single(calendar.Events);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"DTSTART:{meeting.StartUtc:yyyyMMdd'T'HHmmss}Z", text, StringComparison.Ordinal);
        Assert.Contains($"DTEND:{meeting.EndUtc:yyyyMMdd'T'HHmmss}Z", text, StringComparison.Ordinal);
        Assert.Equal(DateTime.SpecifyKind(meeting.StartUtc, DateTimeKind.Utc), invitation!.Start!.AsUtc);
        Assert.Equal("mailto:sanne@ledgerly.example", invitation.Organizer!.Value!.ToString());
        Assert.Equal("mailto:ada@example.com", Assert.Single(invitation.Attendees).Value!.ToString());
        Assert.Contains(meeting.Reference, invitation.Uid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cancel_link_works_once_and_a_wrong_token_is_not_found()
    {
        var (_, invitationUrl) = await BookAsync();
        var manage = invitationUrl.Replace("/invitation.ics", "", StringComparison.Ordinal);
        var browser = AdminClient.For(_host);

        var page = await browser.Http.GetAsync(manage);
        var token = Antiforgery.TokenOf(await page.Content.ReadAsStringAsync());
        var first = await browser.Http.PostAsync($"{manage}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await browser.Http.PostAsync($"{manage}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var wrong = await browser.Http.GetAsync($"/chatflows/meetings/{new string('A', 43)}");
        var malformed = await browser.Http.GetAsync("/chatflows/meetings/nope/invitation.ics");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already cancelled", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Contains("STATUS:CANCELLED", await _host.CreateClient().GetStringAsync(invitationUrl), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescheduling_moves_the_meeting_and_the_old_link_shows_it_cancelled()
    {
        var (meeting, invitationUrl) = await BookAsync();
        var manage = invitationUrl.Replace("/invitation.ics", "", StringComparison.Ordinal);
        var browser = AdminClient.For(_host);
        var page = await browser.Http.GetStringAsync(manage);
        var other = System.Text.RegularExpressions.Regex.Match(page, "name=\"slot\" value=\"([^\"]+)\"").Groups[1].Value;

        var moved = await browser.PostFormAsync($"{manage}?handler=Reschedule", new() { ["slot"] = other }, formPage: manage);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var meetings = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, meetings.Count);
        Assert.NotNull(meetings[0].CancelledUtc);
        Assert.Null(meetings[1].CancelledUtc);
        Assert.Equal(meeting.Id, meetings[1].RescheduledFromId);
        Assert.Contains("Cancelled", await browser.Http.GetStringAsync(manage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agent_sees_the_booking_on_their_meetings_page()
    {
        var (meeting, _) = await BookAsync();
        var sanne = await MeetingTestData.SanneSignedInAsync(_host);

        var page = await sanne.Http.GetStringAsync("/admin/meetings");

        Assert.Contains(meeting.Reference, page, StringComparison.Ordinal);
        Assert.Contains("ada@example.com", page, StringComparison.Ordinal);
    }

    private async Task<(MeetingRecord Meeting, string InvitationUrl)> BookAsync()
    {
        var (visitor, conversationId, slots) = await OfferSlotsAsync("Europe/Amsterdam");
        await visitor.SayAsync(conversationId, slots[0].GetProperty("id").GetString()!);
        var (_, booked) = await visitor.SayAsync(conversationId, "ada@example.com");
        var url = booked.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("payload")).Where(p => p.ValueKind == JsonValueKind.Object)
            .Single(p => p.TryGetProperty("invitationUrl", out _)).GetProperty("invitationUrl").GetString()!;
        var meeting = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().OrderBy(m => m.Id).LastAsync());
        return (meeting, url);
    }

    private async Task<(VisitorClient Visitor, string ConversationId, List<JsonElement> Slots)> OfferSlotsAsync(string timeZone)
    {
        var visitor = VisitorClient.For(_host);
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", timeZone });
        var started = await VisitorClient.BodyAsync(response);
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(conversationId, "meeting");
        var slots = LastBot(offer).GetProperty("payload").GetProperty("slots").EnumerateArray().ToList();
        return (visitor, conversationId, slots);
    }

    private static JsonElement LastBot(JsonElement body) =>
        body.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "bot");

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
