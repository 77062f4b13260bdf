using System.Net;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class ChatflowAdminAuthorizationTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    public static TheoryData<string> Pages => new()
    {
        "/admin/chatflows", "/admin/chatflows/create", "/admin/chatflows/concierge", "/admin/chatflows/concierge/target",
        "/admin/chatflows/concierge/display", "/admin/chatflows/concierge/options", "/admin/chatflows/concierge/history",
        "/admin/chatflows/concierge/publish", "/admin/chatflows/concierge/delete", "/admin/audit",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Agent_is_refused_every_chatflow_page_even_by_url(string path)
    {
        var agent = await fixture.SignedInAsync(ChatflowAdminFixture.AgentEmail);

        var response = await agent.Http.GetAsync(path);
        var denied = await agent.Http.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Agent_cannot_switch_publish_or_delete_by_posting()
    {
        var agent = await fixture.SignedInAsync(ChatflowAdminFixture.AgentEmail);
        var token = await TokenFromDashboardAsync(agent);

        var responses = new[]
        {
            await PostAsync(agent, "/admin/chatflows?handler=Switch", new() { ["id"] = "concierge", ["enabled"] = "false", ["__RequestVerificationToken"] = token }),
            await PostAsync(agent, "/admin/chatflows/concierge/publish", new() { ["__RequestVerificationToken"] = token }),
            await PostAsync(agent, "/admin/chatflows/concierge/delete", new() { ["__RequestVerificationToken"] = token }),
            await PostAsync(agent, "/admin/chatflows/concierge/history?handler=Rollback", new() { ["version"] = "1", ["__RequestVerificationToken"] = token }),
        };
        var concierge = await fixture.RecordAsync("concierge");

        Assert.All(responses, r => Assert.StartsWith("/admin/account/access-denied", r.Headers.Location?.PathAndQuery, StringComparison.Ordinal));
        Assert.True(concierge.Enabled);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var anonymous = AdminClient.For(fixture.Host);

        var response = await anonymous.Http.GetAsync("/admin/chatflows");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/chatflows?handler=Switch")]
    [InlineData("/admin/chatflows?handler=Duplicate")]
    [InlineData("/admin/chatflows/create")]
    [InlineData("/admin/chatflows/concierge/target")]
    [InlineData("/admin/chatflows/concierge/display")]
    [InlineData("/admin/chatflows/concierge/options")]
    [InlineData("/admin/chatflows/concierge/publish")]
    [InlineData("/admin/chatflows/concierge/delete")]
    [InlineData("/admin/chatflows/concierge/history?handler=Rollback")]
    public async Task Post_without_antiforgery_token_is_rejected(string path)
    {
        var editor = await fixture.SignedInAsync();

        var response = await PostAsync(editor, path, new() { ["id"] = "concierge", ["enabled"] = "false", ["version"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await fixture.RecordAsync("concierge")).Enabled);
    }

    private static Task<string> TokenFromDashboardAsync(AdminClient client) =>
        // An agent has no chatflow form to take a token from; the dashboard's sign-out form has a valid one.
        client.TokenAsync("/admin");

    private static Task<HttpResponseMessage> PostAsync(AdminClient client, string path, Dictionary<string, string> fields) =>
        client.Http.PostAsync(path, new FormUrlEncodedContent(fields));
}
