using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Dashboard;

public sealed class DashboardTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Agent_sees_who_waits_what_is_theirs_and_their_open_tickets_most_urgent_first(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await FlowBuilding.PublishAsync(host, TicketScenarios.TicketFlow());
        await InboxAgents.AllAwayAsync(host);
        var anaId = await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 2, team: "support");
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        var answered = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        await InboxAgents.AskForAPersonAsync(VisitorClient.For(host)); // handed to Ana, not answered yet
        await VisitorClient.For(host).StartAsync(); // still with the bot
        await InboxAgents.PostAsync(ana, answered, "Reply", new() { ["Text"] = "Hi, Ana here." });
        var normal = await TicketAsync(host, admin, anaId, "waitingOnUs", "normal");
        var urgent = await TicketAsync(host, admin, anaId, "new", "urgent");
        await TicketAsync(host, admin, anaId, "closed", "urgent");
        await TicketAsync(host, admin, "", "new", "high");

        var page = new HtmlParser().ParseDocument(await ana.Http.GetStringAsync("/admin"));

        Assert.Equal(("1", "1", "2"), (Stat(page, "work-waiting"), Stat(page, "work-unassigned"), Stat(page, "work-mine")));
        Assert.Equal("Your open tickets (2)", page.GetElementById("tickets-heading")!.TextContent);
        Assert.Equal([urgent, normal], page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent));
        Assert.Null(page.GetElementById("trends-heading"));
        Assert.Null(page.GetElementById("setup-heading"));
    }

    [Fact]
    public async Task Unread_counts_the_visitor_messages_the_agent_has_not_opened()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", available: false);
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        await InboxAgents.PostAsync(ana, id, "TakeOver");
        await ana.Http.GetStringAsync(InboxAgents.Thread(id));

        await visitor.SayAsync(id, "Hello?");
        await visitor.SayAsync(id, "Anyone <b>there</b>?");
        var before = Unread(await ana.Http.GetStringAsync("/admin"));
        await ana.Http.GetStringAsync(InboxAgents.Thread(id));
        var after = Unread(await ana.Http.GetStringAsync("/admin"));

        Assert.Equal(("2", "0"), (before, after));
    }

    [Fact]
    public async Task Editor_sees_each_chatflow_this_week_against_the_week_before_with_hand_offs_and_ratings()
    {
        var clock = new MovableClock();
        await using var host = new ChatflowsFactory(TestDatabase.Create(DatabaseProvider.Sqlite), services: s => s.AddSingleton<TimeProvider>(clock));
        await Task.Run(() => host.Services);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 5, team: "support");
        clock.Advance(TimeSpan.FromDays(-10));
        await RatedAsync(host, 2);
        await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        clock.Advance(TimeSpan.FromDays(10));
        await RatedAsync(host, 5);
        await RatedAsync(host, 4);
        await RatedAsync(host, 4);
        await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        await VisitorClient.For(host).StartAsync();
        var editor = await Admin.AdminUsers.InRoleAsync(host, "Editor");

        var page = new HtmlParser().ParseDocument(await editor.Http.GetStringAsync("/admin"));
        var rows = page.QuerySelectorAll("table.cf-trends tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());

        Assert.Equal("3 3 1 +200% 0% 4.3", string.Join(' ', rows["Test rated"]));
        Assert.Equal("2 2 1 +100% 50% –", string.Join(' ', rows.Single(r => r.Key != "Test rated" && r.Value[0] != "0").Value));
        Assert.Null(page.GetElementById("work-heading"));
        Assert.Equal($"/admin/analytics?chatflow=rated", page.QuerySelector("table.cf-trends a[href*='rated']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Set_up_steps_show_what_a_new_site_still_has_to_do_and_go_once_done()
    {
        var origins = new Dictionary<string, string?> { ["Chatflows:Setup:Recipe"] = "", ["Chatflows:Widget:AllowedOrigins:0"] = "https://shop.example" };
        await using var blank = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: origins);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(blank);
        var agent = await Admin.AdminUsers.InRoleAsync(blank, "Agent");

        var fresh = await StepsAsync(admin);
        await FlowBuilding.PublishAsync(blank, TicketScenarios.TicketFlow());
        var published = await StepsAsync(admin);
        var saved = await admin.PostFormAsync("/admin/channel?handler=Save", ChannelFields(), "/admin/channel");
        var done = await admin.Http.GetStringAsync("/admin");
        var agentPage = await agent.Http.GetStringAsync("/admin");
        await using var demo = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var demoSteps = await StepsAsync(await TicketScenarios.SignInAsAdministratorAsync(demo));
        var demoEditor = await (await Admin.AdminUsers.InRoleAsync(demo, "Editor")).Http.GetStringAsync("/admin");

        Assert.Equal(
            [("Make the chat channel yours", false), ("Set your availability", false), ("Build your first chatflow", false), ("Publish a chatflow", false), ("Embed the chat on another site", true)],
            fresh);
        Assert.Equal([false, false, true, true, true], published.Select(s => s.Done));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("setup-heading", done, StringComparison.Ordinal);
        Assert.DoesNotContain("setup-heading", agentPage, StringComparison.Ordinal);
        Assert.Equal([true, false, true, true, false], demoSteps.Select(s => s.Done)); // the demo keeps 24/7 and allows no other site
        Assert.DoesNotContain("setup-heading", demoEditor, StringComparison.Ordinal); // the open steps are the channel's, not an editor's
    }

    /// <summary>The channel form as an administrator fills it in: a new look and office hours.</summary>
    private static Dictionary<string, string> ChannelFields() => new()
    {
        ["Version"] = Guid.Empty.ToString(),
        ["Input.AccentColor"] = "#8a1c7c",
        ["Input.HeadingName"] = "Ledgerly support",
        ["Input.WelcomeMessage"] = "Hi!",
        ["Input.TimeZone"] = "Europe/Amsterdam",
        ["Input.Mode"] = "OfficeHours",
        ["Input.TypicalResponseTime"] = "FewMinutes",
        ["Input.AwayMessage"] = "Away",
        ["Input.OfflineBehavior"] = "ShowBackTime",
        ["Input.OfflineMessage"] = "Offline",
        ["Input.CapacityBehavior"] = "ShowWaitMessage",
        ["Input.WaitMessage"] = "Wait",
        ["Input.Hours[0][0].Start"] = "09:00",
        ["Input.Hours[0][0].End"] = "17:30",
    };

    private static async Task<IReadOnlyList<(string Title, bool Done)>> StepsAsync(AdminClient admin)
    {
        var page = new HtmlParser().ParseDocument(await admin.Http.GetStringAsync("/admin"));
        return [.. page.QuerySelectorAll(".cf-setup-steps li").Select(li => (li.QuerySelector("a")!.TextContent, li.ClassList.Contains("cf-setup-done")))];
    }

    private static async Task RatedAsync(ChatflowsFactory host, int rating)
    {
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");
        var response = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A ticket made by the bot, then given status, assignee and priority on the ticket page; returns its reference.</summary>
    private static async Task<string> TicketAsync(ChatflowsFactory host, AdminClient admin, string assignee, string status, string priority)
    {
        await TicketScenarios.ConverseAsync(host, "ticketing");
        var ticket = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.OrderByDescending(t => t.Id).FirstAsync());
        var fields = new Dictionary<string, string> { ["Status"] = status, ["AssigneeId"] = assignee, ["Priority"] = priority };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/tickets/ticket/{ticket.Id}", fields)).StatusCode);
        return ticket.Reference;
    }

    private static string Stat(AngleSharp.Html.Dom.IHtmlDocument page, string id) => page.GetElementById(id)!.TextContent;

    private static string Unread(string html) => Regex.Match(html, "id=\"work-unread\">(\\d+)<").Groups[1].Value;
}
