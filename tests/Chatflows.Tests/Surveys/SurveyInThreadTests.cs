using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Surveys;

public sealed class SurveyInThreadTests
{
    [Fact]
    public async Task The_visitors_rating_and_comment_show_in_the_inbox_thread_encoded()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");
        var (_, unrated) = await TicketScenarios.ConverseAsync(host, "rated");
        var rated = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 4, comment = "<b>Quick</b> and clear." });
        rated.EnsureSuccessStatusCode();
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var thread = await admin.Http.GetStringAsync($"/admin/inbox/conversation/{id}");
        var other = await admin.Http.GetStringAsync($"/admin/inbox/conversation/{unrated}");

        Assert.Contains("4 of 5 stars", thread, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Quick&lt;/b&gt; and clear.", thread, StringComparison.Ordinal);
        Assert.DoesNotContain("Visitor's rating", other.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
