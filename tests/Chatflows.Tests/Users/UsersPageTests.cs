using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Users;

public sealed class UsersPageTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Administrator_creates_an_editor_who_can_sign_in()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var created = await CreateUserAsync(admin, "eve@chatflows.test", "Eve Editor", "Editor", "Editor-Passw0rd!");
        var list = await admin.Http.GetStringAsync("/admin/users");
        var editor = await SignedInAsync("eve@chatflows.test", "Editor-Passw0rd!");
        var dashboard = await editor.Http.GetStringAsync("/admin");

        Assert.Equal("/admin/users", created.Headers.Location?.OriginalString);
        Assert.Contains("Eve Editor", list, StringComparison.Ordinal);
        Assert.Contains("Chatflows this week", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_is_refused_the_users_page()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await CreateUserAsync(admin, "ed@chatflows.test", "Ed", "Editor", "Editor-Passw0rd!");
        var editor = await SignedInAsync("ed@chatflows.test", "Editor-Passw0rd!");

        var response = await editor.Http.GetAsync("/admin/users");
        var create = await editor.Http.GetAsync("/admin/users/create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
    }

    [Fact]
    public async Task Invalid_user_is_shown_with_errors_next_to_the_fields()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var response = await CreateUserAsync(admin, ChatflowsFactory.AdminEmail, "Dup", "Agent", "short");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A user with this e-mail already exists.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_display_name_is_shown_as_text()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        await CreateUserAsync(admin, "x@chatflows.test", "<img src=x onerror=alert(1)>", "Agent", "Agent-Passw0rd!");
        var list = await admin.Http.GetStringAsync("/admin/users");

        Assert.DoesNotContain("<img src=x", list, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_only_administrator_cannot_lose_the_administrator_role()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var id = await _host.InScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(ChatflowsFactory.AdminEmail))!.Id);

        var response = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Save", new()
        {
            ["Id"] = id, ["Input.DisplayName"] = "Administrator", ["Input.Roles"] = "Editor", ["Input.ChatCapacity"] = "3",
        }, formPage: $"/admin/users/edit?id={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This is the only administrator", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_agent_cannot_sign_in_gets_no_chats_and_their_open_chats_are_unassigned()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await CreateUserAsync(admin, "gone@chatflows.test", "Gone Agent", "Agent", "Agent-Passw0rd!");
        var id = await _host.InScopeAsync(async s =>
        {
            var user = (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("gone@chatflows.test"))!;
            user.IsAvailable = true;
            await s.GetRequiredService<UserManager<ChatflowsUser>>().UpdateAsync(user);
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var chatflowId = await db.Chatflows.Select(c => c.Id).FirstAsync();
            db.Conversations.Add(new ConversationRecord { Id = "conv-gone-open", ChatflowId = chatflowId, VisitorId = "v", Status = "handedOff", AssignedUserId = user.Id });
            db.Conversations.Add(new ConversationRecord { Id = "conv-gone-closed", ChatflowId = chatflowId, VisitorId = "v", Status = "closed", AssignedUserId = user.Id });
            await db.SaveChangesAsync();
            return user.Id;
        });
        var rosterBefore = await _host.InScopeAsync(async s => await s.GetRequiredService<Chatflows.Core.Ports.ITeamRoster>().GetMembersAsync(null, CancellationToken.None));
        var stampBefore = await _host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByIdAsync(id))!.SecurityStamp);

        var response = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Deactivate", new() { ["Id"] = id }, formPage: $"/admin/users/edit?id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Deactivated", await admin.Http.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        var signIn = await AdminClient.For(_host).SignInAsync("gone@chatflows.test", "Agent-Passw0rd!");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("That e-mail and password do not match.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rosterAfter = await _host.InScopeAsync(async s => await s.GetRequiredService<Chatflows.Core.Ports.ITeamRoster>().GetMembersAsync(null, CancellationToken.None));
        Assert.Contains(rosterBefore, m => m.UserId == id);
        Assert.DoesNotContain(rosterAfter, m => m.UserId == id);
        var assigned = await _host.InScopeAsync(async s => await s.GetRequiredService<ChatflowsDbContext>().Conversations
            .Where(c => c.Id.StartsWith("conv-gone-")).OrderBy(c => c.Id).Select(c => c.AssignedUserId).ToListAsync());
        Assert.Equal([id, null], assigned); // closed keeps its agent; open goes back to the queue
        var stampAfter = await _host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByIdAsync(id))!.SecurityStamp);
        Assert.NotEqual(stampBefore, stampAfter); // open sessions end at their next validation

        var reactivated = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Reactivate", new() { ["Id"] = id }, formPage: $"/admin/users/edit?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminClient.For(_host).SignInAsync("gone@chatflows.test", "Agent-Passw0rd!")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_host_offers_no_meeting_slots()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var id = await _host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("sanne@ledgerly.example"))!.Id);
        var before = await _host.InScopeAsync(async s => await s.GetRequiredService<Chatflows.Meetings.MeetingCalendar>().PlanAsync(id, null, CancellationToken.None));

        // The demo's published concierge books Sanne's meetings, so deactivating her warns first (issue 22); the admin confirms.
        var warned = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Deactivate", new() { ["Id"] = id }, formPage: $"/admin/users/edit?id={id}");
        var warnedPlan = await _host.InScopeAsync(async s => await s.GetRequiredService<Chatflows.Meetings.MeetingCalendar>().PlanAsync(id, null, CancellationToken.None));
        await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Deactivate", new() { ["Id"] = id, ["acknowledged"] = "true" }, formPage: $"/admin/users/edit?id={id}");
        var after = await _host.InScopeAsync(async s => await s.GetRequiredService<Chatflows.Meetings.MeetingCalendar>().PlanAsync(id, null, CancellationToken.None));

        Assert.NotNull(before);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.NotNull(warnedPlan);
        Assert.Null(after);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves_and_an_editor_cannot_deactivate_anyone()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await CreateUserAsync(admin, "ed2@chatflows.test", "Ed Two", "Editor", "Editor-Passw0rd!");
        var editor = await SignedInAsync("ed2@chatflows.test", "Editor-Passw0rd!");
        var adminId = await _host.InScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(ChatflowsFactory.AdminEmail))!.Id);

        var self = await admin.PostFormAsync($"/admin/users/edit?id={adminId}&handler=Deactivate", new() { ["Id"] = adminId }, formPage: $"/admin/users/edit?id={adminId}");
        var byEditor = await editor.Http.PostAsync($"/admin/users/edit?id={adminId}&handler=Deactivate", new FormUrlEncodedContent(new Dictionary<string, string> { ["Id"] = adminId }));

        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("You cannot deactivate your own account.", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, byEditor.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", byEditor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await _host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByIdAsync(adminId))!.DeactivatedUtc));
        Assert.Equal(HttpStatusCode.Redirect, (await AdminClient.For(_host).SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task Administrator_sets_a_new_password_and_the_old_one_stops_working()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await CreateUserAsync(admin, "pat@chatflows.test", "Pat", "Agent", "Agent-Passw0rd!");
        var id = await _host.InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("pat@chatflows.test"))!.Id);

        var tooShort = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Password", new() { ["Id"] = id, ["NewPassword"] = "short" }, formPage: $"/admin/users/edit?id={id}");
        var changed = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=Password", new() { ["Id"] = id, ["NewPassword"] = "Another-Passw0rd!" }, formPage: $"/admin/users/edit?id={id}");

        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AdminClient.For(_host).SignInAsync("pat@chatflows.test", "Agent-Passw0rd!")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminClient.For(_host).SignInAsync("pat@chatflows.test", "Another-Passw0rd!")).StatusCode);
    }

    private static Task<HttpResponseMessage> CreateUserAsync(AdminClient admin, string email, string name, string role, string password) =>
        admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = name, ["Input.Roles"] = role,
            ["Input.ChatCapacity"] = "3", ["Input.Password"] = password,
        });

    private async Task<AdminClient> SignedInAsync(string email, string password)
    {
        var client = AdminClient.For(_host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
