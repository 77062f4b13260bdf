using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
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
        Assert.Contains("ManageChatflows", dashboard, StringComparison.Ordinal);
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
