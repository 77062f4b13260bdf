using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Surveys;

public sealed partial class SurveyResultsPageTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private string _ann = "";
    private string _bo = "";

    [Fact]
    public async Task Results_match_a_scripted_set_of_answers()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync("/admin/surveys?from=2026-10-01&to=2026-10-31");

        // In range and not previews: 5 (Ann), 4 (Ann), 2 (Bo), 5 (bot only), 3 (bot only, other flow) → 19 / 5.
        Assert.Equal("3.80", Text(html, "survey-average"));
        Assert.Equal("5", Text(html, "survey-count"));
        Assert.Equal(["2", "1", "1", "1", "0"], Distribution(html));
        var rows = HtmlPage.Parse(html).Rows();
        Assert.Contains("Ann | 2 | 4.50", rows);
        Assert.Contains("Bo | 1 | 2.00", rows);
        Assert.Contains("Bot only (no agent) | 2 | 4.00", rows);
        Assert.Contains("Test support | 4 | 4.00", rows);
        Assert.Contains("&lt;b&gt;Slow&lt;/b&gt; answer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview rating", html, StringComparison.Ordinal);
        Assert.DoesNotContain("November rating", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_chatflow_and_a_narrower_range_narrow_the_numbers()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var sales = await admin.Http.GetStringAsync("/admin/surveys?from=2026-10-01&to=2026-10-31&chatflow=sales");
        var november = await admin.Http.GetStringAsync("/admin/surveys?from=2026-11-01&to=2026-11-30");

        Assert.Equal(("3.00", "1"), (Text(sales, "survey-average"), Text(sales, "survey-count")));
        Assert.Equal(("1.00", "1"), (Text(november, "survey-average"), Text(november, "survey-count")));
    }

    [Fact]
    public async Task Bad_dates_are_a_400_and_agents_may_not_see_results()
    {
        await TicketScenarios.CreateUserAsync(_host, "cy@chatflows.test", "Cy", "Agent");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var agent = await TicketScenarios.SignInAsync(_host, "cy@chatflows.test");

        var backwards = await admin.Http.GetAsync("/admin/surveys?from=2026-10-31&to=2026-10-01");
        var garbage = await admin.Http.GetAsync("/admin/surveys?from=yesterday");
        var denied = await agent.Http.GetAsync("/admin/surveys");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static string Text(string html, string id) => Regex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value;

    private static IEnumerable<string> Distribution(string html) =>
        Cell().Matches(html).OrderByDescending(m => m.Groups[1].Value).Select(m => m.Groups[2].Value);

    [GeneratedRegex("<td data-rating=\"(\\d)\">(\\d+)</td>")]
    private static partial Regex Cell();

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        _ann = await TicketScenarios.CreateUserAsync(_host, "ann@chatflows.test", "Ann", "Agent");
        _bo = await TicketScenarios.CreateUserAsync(_host, "bo@chatflows.test", "Bo", "Agent");
        await _host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            db.Chatflows.Add(new ChatflowRecord { Id = "support", Name = "Test support", DraftJson = "{}" });
            db.Chatflows.Add(new ChatflowRecord { Id = "sales", Name = "Test sales", DraftJson = "{}" });
            var october = new DateTime(2026, 10, 15, 12, 0, 0, DateTimeKind.Utc);
            Answer(db, "c1", "support", _ann, 5, null, october);
            Answer(db, "c2", "support", _ann, 4, "Helpful", october.AddDays(1));
            Answer(db, "c3", "support", _bo, 2, "<b>Slow</b> answer", october.AddDays(2));
            Answer(db, "c4", "support", null, 5, null, october.AddDays(3));
            Answer(db, "c5", "sales", null, 3, null, october.AddDays(4));
            Answer(db, "c6", "support", _bo, 1, "Preview rating", october, preview: true);
            Answer(db, "c7", "support", _bo, 1, "November rating", new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        });
    }

    private static void Answer(ChatflowsDbContext db, string conversationId, string flow, string? agent, int rating, string? comment, DateTime when, bool preview = false)
    {
        db.Conversations.Add(new ConversationRecord
        {
            Id = conversationId, ChatflowId = flow, VisitorId = "visitor-" + conversationId, Status = "ended", IsPreview = preview,
            AssignedUserId = agent, StartedUtc = when, LastActivityUtc = when,
        });
        db.SurveyResponses.Add(new SurveyResponseRecord
        {
            ConversationId = conversationId, ChatflowId = flow, AgentUserId = agent, Rating = rating, Scale = "stars", Comment = comment, CreatedUtc = when,
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
