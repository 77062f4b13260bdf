using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Analytics;

/// <summary>
/// Analytics by the visitor's language (L1): two English visitors and a Dutch one talk to the demo's Concierge through
/// the visitor API; the page, its drop-off and its export narrowed to a language count only that language's conversations.
/// </summary>
public sealed partial class AnalyticsLanguageTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Page_filtered_by_a_language_counts_only_the_conversations_in_that_language(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await TalkAsync(host, "en-GB", "search");
        await TalkAsync(host, "en", null);
        await TalkAsync(host, "nl-NL,nl;q=0.9", "Een antwoord zoeken");
        var admin = AdminClient.For(host);
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var dutch = await admin.Http.GetStringAsync("/admin/analytics?chatflow=concierge&language=nl");
        var english = await admin.Http.GetStringAsync("/admin/analytics?chatflow=concierge&language=en");
        var all = await admin.Http.GetStringAsync("/admin/analytics?chatflow=concierge");

        Assert.Equal("1", Stat(dutch, "started"));
        Assert.Equal("2", Stat(english, "started"));
        Assert.Equal("3", Stat(all, "started"));
        var dutchReached = DropOffRows().Matches(dutch).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var englishReached = DropOffRows().Matches(english).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal("1", dutchReached["ask-reason"]);
        Assert.Equal("1", dutchReached["search-kb"]);
        Assert.Equal("2", englishReached["ask-reason"]);
        Assert.Equal("1", englishReached["search-kb"]);
        Assert.Equal([("", "All languages", false), ("en", "en — English", false), ("nl", "nl — Nederlands", false)], HtmlPage.Parse(all).Options("#language option"));
        Assert.Equal("nl", HtmlPage.Parse(dutch).One("#language option[selected]").GetAttribute("value"));
        Assert.Contains("language=nl", HtmlPage.Parse(dutch).One("a[href*='data=daily']").GetAttribute("href"), StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/admin/analytics/export?chatflow=concierge&language=nl")).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Total,Concierge,nl,1,", csv[^2], StringComparison.Ordinal);
        var dropOff = await admin.Http.GetStringAsync("/admin/analytics/export?chatflow=concierge&language=nl&data=dropoff");
        Assert.Contains("Concierge,nl,ask-reason,", dropOff, StringComparison.Ordinal);

        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().AnalyticsSummary
            .Where(r => r.Kind == "started").GroupBy(r => r.Language).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(new Dictionary<string, long> { ["en"] = 2, ["nl"] = 1 }, stored);
    }

    [Fact]
    public async Task A_malformed_language_is_refused_on_the_page_and_by_the_export()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = AdminClient.For(host);
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var page = await admin.Http.GetAsync("/admin/analytics?language=%3Cscript%3E");
        var export = await admin.Http.GetAsync("/admin/analytics/export?language=..%2F..%2Fetc");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Choose a language from the list.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        using var problem = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal("Choose a language from the list.", problem.RootElement.GetProperty("errors").GetProperty("language")[0].GetString());
    }

    private static async Task TalkAsync(ChatflowsFactory host, string language, string? answer)
    {
        var visitor = VisitorClient.For(host);
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", pageUrl = "http://localhost/pricing", language });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var start = await VisitorClient.BodyAsync(response);
        visitor.VisitorId = start.GetProperty("visitorId").GetString();
        if (answer is not null)
        {
            var (said, _) = await visitor.SayAsync(start.GetProperty("conversationId").GetString()!, answer);
            Assert.Equal(HttpStatusCode.OK, said.StatusCode);
        }
    }

    private static string Stat(string html, string name) => HtmlPage.Parse(html).One($"dd[data-stat='{name}']").TextContent.Trim();

    [GeneratedRegex("<tr data-action=\"([^\"]+)\">.*?data-stat=\"reached\">(\\d+)<", RegexOptions.Singleline)]
    private static partial Regex DropOffRows();
}
