using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Surveys;

public sealed class TranscriptApiTests
{
    [Fact]
    public async Task Visitor_downloads_their_conversation_as_text_without_internal_notes()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");
        await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var conversation = await db.Conversations.FindAsync(id);
            db.Messages.Add(new MessageRecord
            {
                ConversationId = id, Seq = ++conversation!.LastSeq, Author = MessageAuthor.Agent, Kind = "note",
                Text = "Internal: customer is on the old plan", CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var response = await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/transcript");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Contains(": Hi!", text, StringComparison.Ordinal);
        Assert.Contains(": Bye!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal:", text, StringComparison.Ordinal);
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
