using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Users;

public sealed class SignInTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Anonymous_visitor_of_the_admin_is_sent_to_sign_in()
    {
        var client = AdminClient.For(_host);

        var response = await client.Http.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login?ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_signs_in_and_sees_the_dashboard()
    {
        var client = AdminClient.For(_host);

        var signIn = await client.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var dashboard = await client.Http.GetStringAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.Contains("Welcome, Administrator", dashboard, StringComparison.Ordinal);
        Assert.Contains("Chatflows this week", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var client = AdminClient.For(_host);

        var response = await client.SignInAsync(ChatflowsFactory.AdminEmail, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That e-mail and password do not match.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_antiforgery_token_is_rejected()
    {
        var client = AdminClient.For(_host);

        var response = await client.Http.PostAsync("/admin/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = ChatflowsFactory.AdminEmail,
            ["Input.Password"] = ChatflowsFactory.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        var client = AdminClient.For(_host);

        var response = await client.PostFormAsync("/admin/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new()
        {
            ["Input.Email"] = ChatflowsFactory.AdminEmail,
            ["Input.Password"] = ChatflowsFactory.AdminPassword,
            ["ReturnUrl"] = "https://evil.example/",
        }, formPage: "/admin/account/login");

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
