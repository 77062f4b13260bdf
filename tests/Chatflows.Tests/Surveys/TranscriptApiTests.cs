using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Surveys;

public sealed class TranscriptApiTests
{
    [Fact]
    public async Task Visitor_downloads_their_conversation_as_text()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");

        var response = await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/transcript");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Contains(": Hi!", text, StringComparison.Ordinal);
        Assert.Contains(": Bye!", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_visitor_gets_404_for_the_transcript()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (_, id) = await TicketScenarios.ConverseAsync(host, "rated");
        var (stranger, _) = await TicketScenarios.ConverseAsync(host, "rated");

        var response = await stranger.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/transcript");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
