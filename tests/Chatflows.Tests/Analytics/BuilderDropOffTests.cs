using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Analytics;

/// <summary>Drop-off per action on the builder's overview graph (P4), over the scripted conversations.</summary>
public sealed partial class BuilderDropOffTests : IAsyncLifetime
{
    private const string BuildPath = $"/admin/chatflows/{AnalyticsScript.FlowId}/build";

    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Each_action_on_the_overview_shows_who_reached_it_and_who_left_there_in_the_last_30_days()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var response = await admin.Http.GetAsync(BuildPath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [("ask-email", "5 reached · 2 left (40%)"), ("ask-topic", "3 reached · 1 left (33%)"), ("ticket", "1 reached · 0 left (0%)"), ("bye", "1 reached · 0 left (0%)")],
            NodeStats().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))));
        Assert.Contains("ask-email (Ask question), 5 reached · 2 left (40%)\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches("id=\"stats-from\" name=\"statsFrom\" type=\"date\" value=\"\\d{4}-\\d{2}-\\d{2}\"", html);
    }

    [Fact]
    public async Task A_range_without_conversations_shows_zeros_and_a_bad_date_is_a_400_with_the_reason()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var empty = await admin.Http.GetStringAsync($"{BuildPath}?statsFrom=2020-01-01&statsTo=2020-01-31");
        var bad = await admin.Http.GetAsync($"{BuildPath}?statsFrom=2020-02-30");

        Assert.Equal(["0 reached", "0 reached", "0 reached", "0 reached"], NodeStats().Matches(empty).Select(m => m.Groups[2].Value));
        Assert.Contains("value=\"2020-01-01\"", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal("Enter a date as yyyy-mm-dd.", HtmlPage.Parse(html).One("p#stats-error.cf-field-error").TextContent.Trim());
        Assert.Empty(NodeStats().Matches(html));
    }

    [Fact]
    public async Task An_editor_without_ViewAnalytics_gets_the_graph_without_numbers()
    {
        await _host.InScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<ChatflowsRole>>();
            var role = new ChatflowsRole("Builder only");
            Assert.True((await roles.CreateAsync(role)).Succeeded);
            Assert.True((await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, Permissions.ManageChatflows))).Succeeded);
            var users = s.GetRequiredService<UserManager<ChatflowsUser>>();
            var user = new ChatflowsUser { UserName = "builder@chatflows.test", Email = "builder@chatflows.test", DisplayName = "Builder" };
            Assert.True((await users.CreateAsync(user, "Builder-Passw0rd!")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "Builder only")).Succeeded);
        });
        var builder = await SignedInAsync("builder@chatflows.test", "Builder-Passw0rd!");

        var response = await builder.Http.GetAsync(BuildPath);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-action=\"ask-email\"", html, StringComparison.Ordinal);
        Assert.Empty(NodeStats().Matches(html));
        Assert.DoesNotContain("statsFrom", html, StringComparison.Ordinal);
        var analytics = await builder.Http.GetAsync("/admin/analytics");
        Assert.Equal(HttpStatusCode.Redirect, analytics.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", analytics.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<AdminClient> SignedInAsync(string email, string password)
    {
        var client = AdminClient.For(_host);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, password)).StatusCode);
        return client;
    }

    [GeneratedRegex("class=\"cf-overview-link\" data-action=\"([^\"]+)\"[^>]*>.*?<text [^>]*class=\"cf-overview-stats\">([^<]*)<", RegexOptions.Singleline)]
    private static partial Regex NodeStats();

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await AnalyticsScript.PlayAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
