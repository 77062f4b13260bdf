using System.Net;
using Chatflows.Core.Flows;
using Chatflows.PickLists;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>
/// Ids picked in the builder are checked at publish (B2, C4): a team, meeting type or ticket status deleted
/// since refuses the publish with a link to the field, and deleting what a published chatflow uses warns first.
/// </summary>
public sealed class ReferenceChecksTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Deleting_a_team_a_published_chatflow_uses_warns_then_publishing_again_is_refused_with_a_link_to_the_field()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var created = await admin.PostFormAsync("/admin/teams/create", new() { ["Input.Name"] = "Night shift" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await DraftAsync("uses-team", Action("hand-off", "sendToTeam", new { teamId = "night-shift" }));
        var build = await admin.Http.GetStringAsync("/admin/chatflows/uses-team/build");
        Assert.Contains(("night-shift", "Night shift (night-shift)", true), HtmlPage.Parse(build).Options());
        await PublishAsync(admin, "uses-team");
        Assert.True(await IsPublishedAsync("uses-team"));

        var warning = await admin.PostFormAsync("/admin/teams/delete/night-shift", new(), formPage: "/admin/teams/delete/night-shift");
        var warned = await warning.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        Assert.Contains("Uses team chatflow</a>", warned, StringComparison.Ordinal);
        Assert.Contains("hand-off &#xB7; teamId", warned, StringComparison.Ordinal);
        Assert.Single(await ListAsync(s => s.TeamsAsync(default)), t => t.Id == "night-shift");

        var deleted = await admin.PostFormAsync("/admin/teams/delete/night-shift", new() { ["acknowledged"] = "true" }, formPage: "/admin/teams/delete/night-shift");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await ListAsync(s => s.TeamsAsync(default)), t => t.Id == "night-shift");

        var refused = await PublishAsync(admin, "uses-team");
        Assert.Contains("Publishing was refused", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/chatflows/uses-team/build?open=hand-off#field-hand-off-teamId\"", refused, StringComparison.Ordinal);
        Assert.Contains("The team &#x27;night-shift&#x27; no longer exists.", refused, StringComparison.Ordinal);
        build = await admin.Http.GetStringAsync("/admin/chatflows/uses-team/build");
        Assert.Contains("id=\"field-hand-off-teamId\"", build, StringComparison.Ordinal);
        Assert.Contains("night-shift (no longer exists)", build, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_meeting_type_a_published_chatflow_books_goes_through_a_confirmation_naming_it()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var created = await admin.PostFormAsync("/admin/meetings/type", new()
        {
            ["Input.Name"] = "Intro call", ["Input.Slug"] = "intro-call", ["Input.DurationMinutes"] = "30", ["Input.BufferBeforeMinutes"] = "0",
            ["Input.BufferAfterMinutes"] = "0", ["Input.MinimumNoticeMinutes"] = "60", ["Input.BookingWindowDays"] = "14",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var type = Assert.Single(await ListAsync(s => s.MeetingTypesAsync(default)), t => t.Name == "Intro call");
        await DraftAsync("uses-meeting", Action("book", "bookMeeting", new { teamId = "support", meetingTypeId = type.Id }));
        await PublishAsync(admin, "uses-meeting");
        Assert.True(await IsPublishedAsync("uses-meeting"));

        var delete = await admin.PostFormAsync($"/admin/meetings?handler=DeleteType&id={type.Id}", new(), formPage: "/admin/meetings");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var confirmation = await admin.Http.GetStringAsync(delete.Headers.Location!.OriginalString);
        Assert.Contains("Uses meeting chatflow</a>", confirmation, StringComparison.Ordinal);
        Assert.Single(await ListAsync(s => s.MeetingTypesAsync(default)), t => t.Id == type.Id);

        var confirmed = await admin.PostFormAsync($"/admin/meetings?handler=DeleteType&id={type.Id}", new() { ["acknowledged"] = "true" }, formPage: "/admin/meetings");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.DoesNotContain(await ListAsync(s => s.MeetingTypesAsync(default)), t => t.Id == type.Id);
        var refused = await PublishAsync(admin, "uses-meeting");
        Assert.Contains($"href=\"/admin/chatflows/uses-meeting/build?open=book#field-book-meetingTypeId\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_status_removed_from_its_pipeline_refuses_the_publish()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await DraftAsync("uses-status", Action("ticket", "createTicket", new { subject = "Help", pipeline = "support", status = "waitingOnUs" }));
        var pipelineForm = HtmlForm.Fields(await admin.Http.GetStringAsync("/admin/tickets/pipeline?id=support"), "<form method=\"post\" class=\"cf-form\"");
        var row = pipelineForm.Single(f => f.Key.EndsWith(".Id", StringComparison.Ordinal) && f.Value == "waitingOnUs").Key[..^".Id".Length];
        pipelineForm[row + ".Remove"] = "true";

        var saved = await admin.Http.PostAsync("/admin/tickets/pipeline?id=support", new FormUrlEncodedContent(pipelineForm));
        var refused = await PublishAsync(admin, "uses-status");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Publishing was refused", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/chatflows/uses-status/build?open=ticket#field-ticket-status\"", refused, StringComparison.Ordinal);
        Assert.False(await IsPublishedAsync("uses-status"));
    }

    [Fact]
    public async Task Deactivating_a_user_a_published_chatflow_hands_off_to_warns_first()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await AdminUsers.InRoleAsync(_host, global::Chatflows.Security.Roles.Agent);
        var agent = (await ListAsync(s => s.UsersAsync(default))).First(u => u.Name == global::Chatflows.Security.Roles.Agent);
        await DraftAsync("uses-user", Action("person", "sendToTeamMember", new { userId = agent.Id }));
        await PublishAsync(admin, "uses-user");
        var editUrl = $"/admin/users/edit?id={Uri.EscapeDataString(agent.Id)}";

        var warning = await admin.PostFormAsync($"{editUrl}&handler=Deactivate", new() { ["Id"] = agent.Id }, formPage: editUrl);
        var warned = await warning.Content.ReadAsStringAsync();
        var acknowledged = await admin.PostFormAsync($"{editUrl}&handler=Deactivate", new() { ["Id"] = agent.Id, ["acknowledged"] = "true" }, formPage: editUrl);

        Assert.Equal(HttpStatusCode.OK, warning.StatusCode);
        Assert.Contains("Uses user chatflow</a>", warned, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.False((await ListAsync(s => s.UsersAsync(default))).Single(u => u.Id == agent.Id).Active);
        Assert.Contains("Publishing was refused", await PublishAsync(admin, "uses-user"), StringComparison.Ordinal);
    }

    private async Task DraftAsync(string id, FlowAction action)
    {
        var flow = Flow(id, "Hi", action) with { Name = string.Join(' ', id.Split('-').Select((w, i) => i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w)) + " chatflow" };
        await _host.InScopeAsync(async s =>
        {
            var saved = await s.GetRequiredService<global::Chatflows.Flows.ChatflowStore>().CreateOrReplaceAsync(flow, CancellationToken.None);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        });
    }

    private static async Task<string> PublishAsync(AdminClient admin, string id)
    {
        var response = await admin.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        return await response.Content.ReadAsStringAsync();
    }

    private Task<bool> IsPublishedAsync(string id) => _host.InScopeAsync(async s =>
        (await s.GetRequiredService<global::Chatflows.Flows.ChatflowStore>().FindAsync(id, CancellationToken.None))?.PublishedJson is not null);

    private Task<IReadOnlyList<T>> ListAsync<T>(Func<PickListQueries, Task<IReadOnlyList<T>>> read) =>
        _host.InScopeAsync(s => read(s.GetRequiredService<PickListQueries>()));

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
