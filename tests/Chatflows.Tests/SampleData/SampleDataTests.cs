using System.Net;
using Chatflows.Analytics;
using Chatflows.Audit;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.SampleData;

/// <summary>The demo's sample conversations (#22 item 12): written through the real services, marked, removable in one click.</summary>
public sealed class SampleDataTests
{
    private static readonly Dictionary<string, string?> WithSamples = new() { ["Chatflows:Setup:SampleData"] = "true" };

    [Fact]
    public async Task A_fresh_demo_has_weeks_of_sample_conversations_in_inbox_tickets_meetings_surveys_and_analytics()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: WithSamples);

        var facts = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var ids = await db.SampleData.Where(s => s.Kind == SampleDataKinds.Conversation).Select(s => s.Key).ToListAsync();
            return new
            {
                Marked = ids.Count,
                Conversations = await db.Conversations.CountAsync(),
                Oldest = await db.Conversations.MinAsync(c => c.StartedUtc),
                Newest = await db.Conversations.MaxAsync(c => c.StartedUtc),
                AnsweredByAgents = await db.Conversations.CountAsync(c => ids.Contains(c.Id) && c.Status == ConversationStatuses.Closed
                    && db.Messages.Any(m => m.ConversationId == c.Id && m.Author == MessageAuthor.Agent)),
                Tickets = await db.Tickets.CountAsync(t => ids.Contains(t.ConversationId!)),
                Meetings = await db.Meetings.CountAsync(m => ids.Contains(m.ConversationId!)),
                Ratings = await db.SurveyResponses.CountAsync(r => ids.Contains(r.ConversationId)),
                Started = await db.AnalyticsSummary.Where(s => s.Kind == FlowEventKinds.Started).SumAsync(s => s.Count),
                HandedOff = await db.AnalyticsSummary.Where(s => s.Kind == FlowEventKinds.HandedOff).SumAsync(s => s.Count),
                Left = await db.AnalyticsSummary.Where(s => s.Kind == AnalyticsTally.ActionLeft).SumAsync(s => s.Count),
                Mails = await db.MailOutbox.CountAsync(),
                AvailableAgents = await db.Users.CountAsync(u => u.IsAvailable),
            };
        });

        Assert.Equal(40, facts.Marked);
        Assert.Equal(facts.Marked, facts.Conversations);
        Assert.True(facts.Oldest < DateTime.UtcNow.AddDays(-10) && facts.Newest < DateTime.UtcNow.AddHours(-1), $"{facts.Oldest:O} … {facts.Newest:O}");
        Assert.True(facts.AnsweredByAgents > 0 && facts.Tickets > 0 && facts.Meetings > 0 && facts.Ratings > 0, facts.ToString());
        Assert.Equal(40, facts.Started);
        Assert.True(facts.HandedOff > 0 && facts.Left > 0, facts.ToString());
        Assert.Equal(0, facts.Mails);
        Assert.Equal(0, facts.AvailableAgents);
    }

    [Fact]
    public async Task The_dashboard_says_the_site_shows_sample_data_and_only_administrators_get_the_button()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: WithSamples);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", available: false);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        var agent = await InboxAgents.SignInAsync(host, "ana@chatflows.test");

        var adminPage = await admin.Http.GetStringAsync("/admin");
        var agentPage = await agent.Http.GetStringAsync("/admin");

        Assert.Contains("This site shows sample data", adminPage, StringComparison.Ordinal);
        Assert.Contains("Remove sample data", adminPage, StringComparison.Ordinal);
        Assert.Contains("This site shows sample data", agentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove sample data", agentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_marks_sample_conversations_and_not_a_visitors_own()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: WithSamples);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        var (_, start) = await VisitorClient.For(host).StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var closed = Rows(await admin.Http.GetStringAsync("/admin/inbox?view=closed"));
        var open = Rows(await admin.Http.GetStringAsync("/admin/inbox?view=open"));

        Assert.NotEmpty(closed);
        Assert.All(closed, row => Assert.Contains("<span class=\"cf-sample\">Sample</span>", row, StringComparison.Ordinal));
        Assert.DoesNotContain("cf-sample", Assert.Single(open, row => row.Contains(id, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static List<string> Rows(string inbox) =>
        [.. System.Text.RegularExpressions.Regex.Matches(inbox, "<tr data-conversation=.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Value)];

    [Fact]
    public async Task Only_administrators_may_remove_sample_data()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: WithSamples);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", available: false);
        await InboxAgents.CreateAsync(host, "ed@chatflows.test", "Ed", role: "Editor", available: false);
        var agent = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var editor = await InboxAgents.SignInAsync(host, "ed@chatflows.test");
        var dashboardForm = "/admin";

        var byAgent = await agent.PostFormAsync("/admin/sample-data", [], dashboardForm);
        var byEditor = await editor.PostFormAsync("/admin/sample-data", [], dashboardForm);
        var anonymous = await AdminClient.For(host).Http.PostAsync("/admin/sample-data", new FormUrlEncodedContent([]));

        // The admin's refusal: to the access-denied page (which answers 403), or to sign in for someone unknown.
        Assert.EndsWith("/admin/account/access-denied", Refused(byAgent), StringComparison.Ordinal);
        Assert.EndsWith("/admin/account/access-denied", Refused(byEditor), StringComparison.Ordinal);
        Assert.EndsWith("/admin/account/login", Refused(anonymous), StringComparison.Ordinal);
        Assert.Equal(40, await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().SampleData.CountAsync(r => r.Kind == SampleDataKinds.Conversation)));
    }

    private static string Refused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString().Split('?')[0].Replace("http://localhost", "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Removing_sample_data_leaves_no_sample_row_and_no_sample_count_while_a_real_conversation_stays(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider, settings: WithSamples);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var real = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(real, "search");
        await visitor.SayAsync(real, "VAT return");
        var (samples, contacts) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.SampleData.Where(r => r.Kind == SampleDataKinds.Conversation).Select(r => r.Key).ToListAsync(),
                await db.SampleData.Where(r => r.Kind == SampleDataKinds.Contact).Select(r => r.Key).ToListAsync());
        });
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var response = await admin.PostFormAsync("/admin/sample-data", [], "/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEmpty(contacts);
        var after = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var contactIds = contacts.Select(long.Parse).ToList();
            return new
            {
                Ledger = await db.SampleData.CountAsync(),
                Conversations = await db.Conversations.Select(c => c.Id).ToListAsync(),
                SampleRows = await db.Messages.CountAsync(m => samples.Contains(m.ConversationId))
                    + await db.FlowEvents.CountAsync(e => samples.Contains(e.ConversationId))
                    + await db.Tickets.CountAsync(t => samples.Contains(t.ConversationId!))
                    + await db.Meetings.CountAsync(m => samples.Contains(m.ConversationId!))
                    + await db.SurveyResponses.CountAsync(r => samples.Contains(r.ConversationId))
                    + await db.AgentReads.CountAsync(r => samples.Contains(r.ConversationId))
                    + await db.Contacts.CountAsync(c => contactIds.Contains(c.Id)),
                RealMessages = await db.Messages.CountAsync(m => m.ConversationId == real),
                Summary = await db.AnalyticsSummary.Where(r => r.Count != 0 || r.Total != 0)
                    .GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Sum(r => r.Count), Total = g.Sum(r => r.Total) }).ToListAsync(),
                Events = await db.FlowEvents.Where(e => e.ConversationId == real).OrderBy(e => e.Id).Select(e => new { e.Kind, e.ActionId }).ToListAsync(),
                Audit = await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SampleDataRemoved),
            };
        });

        Assert.Equal(0, after.Ledger);
        Assert.Equal([real], after.Conversations);
        Assert.Equal(0, after.SampleRows);
        Assert.True(after.RealMessages >= 5, $"{after.RealMessages} messages");
        Assert.Equal(1, after.Audit);

        // What is left in the summary is the real conversation's events, counted as the turns count them.
        var reached = after.Events.Where(e => e.Kind == FlowEventKinds.ActionReached).Select(e => e.ActionId).Distinct().Count();
        var expected = new Dictionary<string, long> { [FlowEventKinds.Started] = 1, [FlowEventKinds.ActionReached] = reached, [AnalyticsTally.ActionLeft] = 1 };
        Assert.Equal(expected.OrderBy(p => p.Key), after.Summary.Select(s => new KeyValuePair<string, long>(s.Key, s.Count)).OrderBy(p => p.Key));
        Assert.Equal(0, after.Summary.Sum(s => s.Total));
    }

    [Fact]
    public async Task Without_the_setting_the_demo_starts_without_samples()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var (ledger, conversations) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.SampleData.CountAsync(), await db.Conversations.CountAsync());
        });

        Assert.Equal((0, 0), (ledger, conversations));
    }
}
