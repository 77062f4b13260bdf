using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Surveys;

public sealed class SurveyApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Concurrent_double_submit_stores_one_rating_and_one_event(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");

        var answers = await Task.WhenAll(
            visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 4, comment = "Quick and clear." }),
            visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 4, comment = "Quick and clear." }));
        var later = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 1 });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
        Assert.Equal("application/problem+json", later.Content.Headers.ContentType?.MediaType);
        var (rows, events) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.SurveyResponses.Where(r => r.ConversationId == id).ToListAsync(),
                await db.FlowEvents.Where(e => e.ConversationId == id && e.Kind == "surveyRated").ToListAsync());
        });
        var row = Assert.Single(rows);
        Assert.Equal((4, "Quick and clear.", "stars"), (row.Rating, row.Comment, row.Scale));
        Assert.Equal("4", Assert.Single(events).Detail);
    }

    [Fact]
    public async Task A_visitor_cannot_rate_someone_elses_conversation()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (_, id) = await TicketScenarios.ConverseAsync(host, "rated");
        var (stranger, _) = await TicketScenarios.ConverseAsync(host, "rated");
        var anonymous = VisitorClient.For(host);

        var other = await stranger.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 1 });
        var nobody = await anonymous.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating = 1 });

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
        Assert.Equal(0, await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().SurveyResponses.CountAsync()));
    }

    [Theory]
    [InlineData(SurveyScale.Stars, 0, null, "rating")]
    [InlineData(SurveyScale.Stars, 6, null, "rating")]
    [InlineData(SurveyScale.Thumbs, 3, null, "rating")]
    [InlineData(SurveyScale.Stars, 5, 1001, "comment")]
    public async Task Out_of_range_rating_or_long_comment_is_a_400(SurveyScale scale, int rating, int? commentLength, string field)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow(scale: scale));
        var (visitor, id) = await TicketScenarios.ConverseAsync(host, "rated");

        var response = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey",
            new { rating, comment = commentLength is { } n ? new string('x', n) : null });
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Thumbs_up_is_stored_as_five_and_a_conversation_still_open_cannot_be_rated()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow(scale: SurveyScale.Thumbs));
        var asking = FlowBuilding.Flow("asking", "Hi!", FlowBuilding.Action("ask", "askQuestion", new { text = "Your name?" })) with
        {
            Survey = new SurveySettings { Enabled = true },
        };
        await FlowBuilding.PublishAsync(host, asking);
        var (visitor, ended) = await TicketScenarios.ConverseAsync(host, "rated");
        var (other, open) = await TicketScenarios.ConverseAsync(host, "asking");

        var up = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{ended}/survey", new { rating = 5 });
        var early = await other.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{open}/survey", new { rating = 5 });

        Assert.Equal(HttpStatusCode.Created, up.StatusCode);
        Assert.Equal("thumbs", (await VisitorClient.BodyAsync(up)).GetProperty("scale").GetString());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
    }

    [Fact]
    public async Task Widget_config_carries_the_survey_in_the_chatflows_language_and_none_when_off()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishFirstAsync(host, TicketScenarios.SurveyFlow(language: "nl"));
        var visitor = VisitorClient.For(host);

        var withSurvey = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, "/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing"));
        await FlowBuilding.PublishFirstAsync(host, TicketScenarios.SurveyFlow(language: "nl") with { Survey = new SurveySettings() });
        var without = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, "/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing"));

        var survey = withSurvey.GetProperty("chatflow").GetProperty("survey");
        Assert.Equal("stars", survey.GetProperty("scale").GetString());
        Assert.Equal("Hoe beoordeel je dit gesprek?", survey.GetProperty("question").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, without.GetProperty("chatflow").GetProperty("survey").ValueKind);
    }

    [Fact]
    public async Task A_survey_text_over_the_limit_is_a_publishing_error()
    {
        var validator = new FlowValidator(new Core.Engine.ActionCatalog([]), new Core.Text.MessageTemplates());
        var flow = TicketScenarios.SurveyFlow() with { Survey = new SurveySettings { Enabled = true, Question = new string('q', 301) } };

        var findings = validator.Validate(flow);

        Assert.Contains(findings, f => f.Field == "survey.question" && f.Severity == FindingSeverity.Error);
    }
}
