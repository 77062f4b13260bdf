using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Meetings;

/// <summary>Every meetings page checks its permission on the server, and agents only reach their own meetings.</summary>
public sealed class MeetingsPagesAuthorizationTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Theory]
    [InlineData("/admin/meetings")]
    [InlineData("/admin/meetings/type")]
    [InlineData("/admin/meetings/availability")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        var response = await AdminClient.For(_host).Http.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/meetings")]
    [InlineData("/admin/meetings/type")]
    [InlineData("/admin/meetings/availability")]
    public async Task An_editor_without_the_answer_conversations_permission_is_refused(string page)
    {
        var editor = await MeetingTestData.SignedInAsync(_host, "editor@chatflows.test", "Editor");

        var response = await editor.Http.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_agent_manages_their_own_meetings_but_not_someone_elses()
    {
        var agent = await MeetingTestData.SignedInAsync(_host, "agent@chatflows.test", "Agent");
        var sanneId = await MeetingTestData.SanneIdAsync(_host);
        var sanneType = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MeetingTypes.Where(t => t.HostUserId == sanneId).Select(t => t.Id).SingleAsync());

        var own = await agent.Http.GetStringAsync("/admin/meetings");
        var othersType = await agent.Http.GetAsync($"/admin/meetings/type?id={sanneType}");
        var othersHours = await agent.Http.GetAsync($"/admin/meetings/availability?host={sanneId}");
        var delete = await agent.PostFormAsync($"/admin/meetings?handler=DeleteType&id={sanneType}", [], formPage: "/admin/meetings");

        Assert.DoesNotContain("Ledgerly demo", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, othersType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersHours.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MeetingTypes.AnyAsync(t => t.Id == sanneType)));
    }

    [Fact]
    public async Task An_agent_adds_a_meeting_type_and_hours_and_bad_input_is_explained()
    {
        var agent = await MeetingTestData.SignedInAsync(_host, "agent2@chatflows.test", "Agent");

        var bad = await agent.PostFormAsync("/admin/meetings/type", new()
        {
            ["Input.Name"] = "Intro", ["Input.Slug"] = "Not A Slug", ["Input.DurationMinutes"] = "7", ["Input.BufferBeforeMinutes"] = "0",
            ["Input.BufferAfterMinutes"] = "0", ["Input.MinimumNoticeMinutes"] = "60", ["Input.BookingWindowDays"] = "14",
        });
        var good = await agent.PostFormAsync("/admin/meetings/type", new()
        {
            ["Input.Name"] = "Intro call", ["Input.Slug"] = "intro", ["Input.DurationMinutes"] = "20", ["Input.BufferBeforeMinutes"] = "5",
            ["Input.BufferAfterMinutes"] = "5", ["Input.MinimumNoticeMinutes"] = "60", ["Input.BookingWindowDays"] = "14",
        });
        var badHours = await agent.PostFormAsync("/admin/meetings/availability", new() { ["TimeZone"] = "Europe/Amsterdam", ["Days[0]"] = "09:00-banana" });
        var hours = await agent.PostFormAsync("/admin/meetings/availability", new()
        {
            ["TimeZone"] = "Europe/Lisbon", ["Days[0]"] = "09:00-12:00, 13:00-17:00", ["Days[4]"] = "10:00-11:00", ["BlockedDates"] = "2026-12-24",
        });
        var page = WebUtility.HtmlDecode(await agent.Http.GetStringAsync("/admin/meetings"));

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badText = await bad.Content.ReadAsStringAsync();
        Assert.Contains("lower-case letters", badText, StringComparison.Ordinal);
        Assert.Contains("multiple of 5 minutes", badText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, badHours.StatusCode);
        Assert.Contains("is not a range like 09:00-12:30", await badHours.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, hours.StatusCode);
        Assert.Contains("Intro call", page, StringComparison.Ordinal);
        Assert.Contains("13:00–17:00", page, StringComparison.Ordinal);
        Assert.Contains("2026-12-24", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_everyones_meeting_types_and_hours()
    {
        var admin = AdminClient.For(_host);
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var sanneId = await MeetingTestData.SanneIdAsync(_host);

        var page = await admin.Http.GetStringAsync("/admin/meetings");
        var sanneHours = await admin.Http.GetAsync($"/admin/meetings/availability?host={sanneId}");

        Assert.Contains("Ledgerly demo", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sanneHours.StatusCode);
        Assert.Contains("09:00-12:00, 13:00-17:00", await sanneHours.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
