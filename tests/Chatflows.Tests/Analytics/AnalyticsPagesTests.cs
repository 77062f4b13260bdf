using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Analytics;

public sealed partial class AnalyticsPagesTests : IAsyncLifetime
{
    private static readonly string[] Pages =
    [
        "/admin/analytics",
        $"/admin/analytics?chatflow={AnalyticsScript.FlowId}",
        "/admin/analytics/export",
        $"/admin/analytics/export?chatflow={AnalyticsScript.FlowId}&data=dropoff",
    ];

    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Page_shows_the_totals_and_the_drop_off_with_editor_text_encoded()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var html = await admin.Http.GetStringAsync($"/admin/analytics?chatflow={AnalyticsScript.FlowId}");

        Assert.Equal(
            [("started", "5"), ("completed", "2"), ("handedOff", "0"), ("ticketsCreated", "1"), ("meetingsBooked", "0"), ("contactsCreated", "3"), ("surveyAverage", "&#x2013;")],
            Stats().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)));
        Assert.Equal(
            [("ask-email", "5", "2"), ("ask-topic", "3", "1"), ("bye", "1", "0"), ("ticket", "1", "0")],
            DropOffRows().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)));
        Assert.Contains("=HYPERLINK(&quot;http://evil&quot;,&quot;Ticket, or bye?&quot;)", html, StringComparison.Ordinal);
        Assert.Equal("Conversations per day", HtmlPage.Parse(html).One("#cf-chart-title").TextContent.Trim());
        Assert.Contains("conversations started (5 in total)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_chatflows_show_no_drop_off_until_one_is_chosen()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var html = await admin.Http.GetStringAsync("/admin/analytics");

        Assert.Contains("data-stat=\"started\">6<", html, StringComparison.Ordinal);
        Assert.Contains("Choose a chatflow to see how far its conversations get.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Export drop-off CSV", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from", "Enter a date as yyyy-mm-dd.")]
    [InlineData("from=2026-05-02&to=2026-05-01", "from", "The start date must not be after the end date.")]
    [InlineData("from=2025-01-01&to=2026-01-02", "from", "Choose at most 366 days.")]
    [InlineData("chatflow=nope", "chatflow", "There is no such chatflow.")]
    public async Task A_bad_filter_is_a_400_on_the_page_and_a_problem_on_the_export(string filter, string field, string message)
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var page = await admin.Http.GetAsync($"/admin/analytics?{filter}");
        var export = await admin.Http.GetAsync($"/admin/analytics/export?{filter}");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains(message, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Equal("application/problem+json", export.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal(message, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("data=dropoff", "chatflow", "Drop-off is per chatflow: choose one.")]
    [InlineData("data=everything", "data", "Choose daily or dropoff.")]
    public async Task Export_refuses_a_drop_off_without_a_chatflow_and_an_unknown_kind_of_data(string filter, string field, string message)
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var export = await admin.Http.GetAsync($"/admin/analytics/export?{filter}");

        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        using var problem = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal(message, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Daily_export_has_a_row_per_day_and_a_total_that_match_the_page()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var response = await admin.Http.GetAsync($"/admin/analytics/export?chatflow={AnalyticsScript.FlowId}");
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"chatflows-daily-{AnalyticsScript.FlowId}-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("Date,Chatflow,Language,Conversations started,Completed,Handed off,Tickets created,Meetings booked,Contacts created,Survey responses,Survey average", lines[0]);
        Assert.Equal(1 + 30 + 1 + 1, lines.Length); // header, 30 days, total, and the final CRLF
        Assert.Equal("Total,Test analytics,All languages,5,2,0,1,0,3,0,", lines[^2]);
        Assert.EndsWith(",Test analytics,All languages,5,2,0,1,0,3,0,", lines[^3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_off_export_quotes_and_defuses_formulas_typed_by_editors()
    {
        var admin = await SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var csv = await admin.Http.GetStringAsync($"/admin/analytics/export?chatflow={AnalyticsScript.FlowId}&data=dropoff");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("Chatflow,Language,Action id,Action,Type,Reached,Left here,Left here (%)", lines[0]);
        Assert.Equal("Test analytics,All languages,ask-email,Your e-mail?,askQuestion,5,2,40.0", lines[1]);
        Assert.Equal("Test analytics,All languages,ask-topic,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Ticket, or bye?\"\")\",askQuestion,3,1,33.3", lines[2]);
    }

    [Fact]
    public async Task Agent_without_ViewAnalytics_is_refused_every_analytics_page_and_export()
    {
        await CreateUserAsync("agent@chatflows.test", Roles.Agent);
        var agent = await SignedInAsync("agent@chatflows.test", "Agent-Passw0rd!");

        foreach (var path in Pages)
        {
            var response = await agent.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
            var denied = await agent.Http.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        var dashboard = await agent.Http.GetStringAsync("/admin");
        Assert.DoesNotContain("href=\"/admin/analytics\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_holds_ViewAnalytics_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        await CreateUserAsync("editor@chatflows.test", Roles.Editor);
        var editor = await SignedInAsync("editor@chatflows.test", "Editor-Passw0rd!");
        var anonymous = AdminClient.For(_host);

        foreach (var path in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.Http.GetAsync(path)).StatusCode);
            var refused = await anonymous.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/admin/account/login", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/admin/analytics\"", await editor.Http.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    private Task CreateUserAsync(string email, string role) => _host.InScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ChatflowsUser>>();
        var user = new ChatflowsUser { UserName = email, Email = email, DisplayName = role };
        Assert.True((await users.CreateAsync(user, $"{role}-Passw0rd!")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    });

    private async Task<AdminClient> SignedInAsync(string email, string password)
    {
        var client = AdminClient.For(_host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("<dd data-stat=\"([a-zA-Z]+)\">([^<]*)<")]
    private static partial Regex Stats();

    [GeneratedRegex("<tr data-action=\"([^\"]+)\">.*?data-stat=\"reached\">(\\d+)<.*?data-stat=\"left\">(\\d+) ", RegexOptions.Singleline)]
    private static partial Regex DropOffRows();

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await AnalyticsScript.PlayAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
