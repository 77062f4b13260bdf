using System.Net;
using System.Text.Json;
using Chatflows.Analytics;
using Chatflows.Meetings;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Meetings;

/// <summary>A meeting booked through the Concierge shows in its conversation's inbox thread, and the meetings list links back.</summary>
public sealed class MeetingInThreadTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_booked_meeting_shows_in_the_thread_links_both_ways_and_counts_in_analytics()
    {
        var (meeting, conversationId) = await BookAsync();
        var sanne = await MeetingTestData.SanneSignedInAsync(_host);

        var thread = await sanne.Http.GetAsync($"/admin/inbox/conversation/{conversationId}");
        var html = WebUtility.HtmlDecode(await thread.Content.ReadAsStringAsync());
        var meetings = await sanne.Http.GetStringAsync("/admin/meetings");
        var booked = await _host.InScopeAsync(async s =>
        {
            var query = (await s.GetRequiredService<AnalyticsRequestReader>().ReadAsync("concierge", null, null, CancellationToken.None)).Query!;
            return (await s.GetRequiredService<AnalyticsReports>().GetAsync(query, CancellationToken.None)).Totals.MeetingsBooked;
        });

        Assert.Equal(HttpStatusCode.OK, thread.StatusCode);
        Assert.Equal(conversationId, meeting.ConversationId);
        Assert.Contains($"data-meeting=\"{meeting.Reference}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>Meeting booked:</strong>\n                {meeting.Title}, <time datetime=\"{meeting.StartUtc:O}\">", html, StringComparison.Ordinal);
        Assert.Contains($"with {meeting.VisitorName} <span class=\"cf-hint\">ada@example.com</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/meetings#meeting-{meeting.Reference}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<tr id=\"meeting-{meeting.Reference}\">", meetings, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/inbox/conversation/{conversationId}\">Conversation", meetings, StringComparison.Ordinal);
        Assert.Equal(1, booked);
    }

    [Fact]
    public async Task A_cancelled_meeting_says_so_in_the_thread_and_a_thread_without_meetings_has_no_meeting_list()
    {
        var (meeting, conversationId) = await BookAsync();
        await _host.InScopeAsync(async s => Assert.True(await s.GetRequiredService<MeetingBooker>().CancelAsync(meeting.Id, CancellationToken.None)));
        var other = VisitorClient.For(_host);
        var (_, started) = await other.StartAsync("concierge");
        var sanne = await MeetingTestData.SanneSignedInAsync(_host);

        var cancelled = await sanne.Http.GetStringAsync($"/admin/inbox/conversation/{conversationId}");
        var none = await sanne.Http.GetStringAsync($"/admin/inbox/conversation/{started.GetProperty("conversationId").GetString()}");

        Assert.Contains("Meeting cancelled:", HtmlPage.Parse(cancelled).Texts("strong"));
        Assert.DoesNotContain("cf-meeting-notes", none, StringComparison.Ordinal);
    }

    private async Task<(MeetingRecord Meeting, string ConversationId)> BookAsync()
    {
        var visitor = VisitorClient.For(_host);
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", timeZone = "Europe/Amsterdam" });
        var started = await VisitorClient.BodyAsync(response);
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(conversationId, "meeting");
        var slot = offer.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "bot")
            .GetProperty("payload").GetProperty("slots").EnumerateArray().First();
        await visitor.SayAsync(conversationId, slot.GetProperty("id").GetString()!);
        var (answer, _) = await visitor.SayAsync(conversationId, "ada@example.com");
        Assert.True(answer.IsSuccessStatusCode);
        var meeting = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().SingleAsync(m => m.ConversationId == conversationId));
        return (meeting, conversationId);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
