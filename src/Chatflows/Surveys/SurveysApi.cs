using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Surveys;

/// <summary>What a visitor can do once a conversation has ended (O9; contract: docs/api.md): rate it and download it.</summary>
public static class SurveysApi
{
    public const int MaxCommentLength = 1000;

    internal static async Task<Results<Created<SurveyAnswerResponse>, ValidationProblem, ProblemHttpResult>> RateAsync(
        string id, SurveyAnswerRequest request, HttpContext context, ChatflowsDbContext db, TimeProvider time, ConversationEvents events,
        SurveyQueries surveys, TurnBatcher writer, CancellationToken cancellationToken)
    {
        // The body's shape is judged first, as on every visitor operation (the OpenAPI document's rules); what the
        // conversation allows comes after.
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (Shape(request.Rating, comment) is { Count: > 0 } shape)
        {
            return TypedResults.ValidationProblem(shape);
        }

        var visitorId = VisitorIds.Read(context);
        var conversation = visitorId is null ? null
            : await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.VisitorId == visitorId, cancellationToken);
        if (conversation is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", "There is no such conversation for this visitor.");
        }

        var record = await db.Chatflows.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversation.ChatflowId, cancellationToken);
        var json = conversation.IsPreview ? record?.DraftJson : record?.PublishedJson;
        // The survey the widget showed: the chatflow's own or the library survey it links (O9), resolved in one place.
        var asked = json is null ? null : await surveys.AskedByAsync(FlowJson.Deserialize(json), cancellationToken);
        var survey = asked?.Settings;
        if (survey is null)
        {
            return Problem(StatusCodes.Status409Conflict, "No survey", "This chatflow does not ask for a rating.");
        }

        if (ConversationStatuses.Live.Contains(conversation.Status, StringComparer.Ordinal))
        {
            return Problem(StatusCodes.Status409Conflict, "Conversation still open", "A conversation can be rated once it has ended.");
        }

        if (survey.Scale == SurveyScale.Thumbs && request.Rating is not (1 or 5))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ["Send 5 for thumbs up or 1 for thumbs down."] });
        }

        if (await db.SurveyResponses.AnyAsync(r => r.ConversationId == id, cancellationToken))
        {
            return AlreadyRated();
        }

        var now = time.GetUtcNow().UtcDateTime;
        // A new record for each run of the work: the writer runs it again when its round could not commit whole.
        SurveyResponseRecord Answer() => new()
        {
            ConversationId = id, ChatflowId = conversation.ChatflowId, SurveyId = asked!.SurveyId, AgentUserId = conversation.AssignedUserId, Rating = request.Rating!.Value,
            Scale = JsonNamingPolicy.CamelCase.ConvertName(survey.Scale.ToString()), Comment = comment, CreatedUtc = now,
        };
        SurveyResponseRecord answer;
        var language = conversation.Language ?? record?.Language ?? "";
        // Written by the node's one writer, in its transaction: the answer, its analytics event and the summary count
        // exist together or not at all, and the rating neither waits for nor holds up the visitor turns around it.
        try
        {
            answer = await writer.WriteAsync(async (services, token) =>
            {
                var writerDb = services.GetRequiredService<ChatflowsDbContext>();
                var stored = Answer();
                writerDb.SurveyResponses.Add(stored);
                var tally = new Analytics.AnalyticsTally();
                if (!conversation.IsPreview)
                {
                    var rated = new FlowEventRecord
                    {
                        ChatflowId = conversation.ChatflowId, ConversationId = id, Kind = FlowEventKinds.SurveyRated,
                        Detail = stored.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture), OccurredUtc = now,
                    };
                    writerDb.FlowEvents.Add(rated);
                    tally.Add(rated, language);
                }

                await writerDb.SaveChangesAsync(token);
                await tally.SaveAsync(writerDb, token);
                return stored;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the conversation: a concurrent post won the race.
            return AlreadyRated();
        }

        // Told to agents with the thread open only once the rating is stored.
        await events.RatedAsync(id, SurveyRatingText.Describe(answer), answer.Comment, cancellationToken);
        return TypedResults.Created($"{VisitorRoutes.Prefix}/conversations/{id}/survey",
            new SurveyAnswerResponse(id, answer.Rating, answer.Scale, answer.Comment, answer.CreatedUtc));
    }

    private static Dictionary<string, string[]> Shape(int? rating, string? comment)
    {
        Dictionary<string, string[]> errors = [];
        if (rating is not (>= 1 and <= 5))
        {
            errors["rating"] = ["Rate from 1 to 5 (thumbs: 5 up, 1 down)."];
        }

        if (comment is { Length: > MaxCommentLength })
        {
            errors["comment"] = [$"A comment has at most {MaxCommentLength} characters."];
        }

        return errors;
    }

    private static ProblemHttpResult AlreadyRated() =>
        Problem(StatusCodes.Status409Conflict, "Already rated", "This conversation has been rated already.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
