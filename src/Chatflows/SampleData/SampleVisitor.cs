using System.Text.Json.Nodes;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Surveys;
using Chatflows.Users;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.SampleData;

/// <summary>
/// One sample visitor and, where the road needs one, the agent who answers: each step in a scope of its own, as
/// each request has, a minute or two after the one before on the <see cref="SampleClock"/>.
/// </summary>
internal sealed class SampleVisitor(IServiceScopeFactory scopes, SampleClock? clock, string chatflowId, SampleVisit visit)
{
    private readonly string _visitorId = VisitorIds.New();
    private DateTimeOffset _at = visit.StartsAt;
    private string _conversationId = "";
    private int _turn;

    /// <summary>The conversation's id, or null when the chatflow is not live.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var started = await StepAsync(s => s.GetRequiredService<ConversationService>().StartAsync(
            new StartConversation(chatflowId, _visitorId, "/pricing", TimeZone: "Europe/Amsterdam"), cancellationToken));
        if (started is null)
        {
            return null;
        }

        _conversationId = started.Conversation.Id;
        switch (visit.Path)
        {
            case SamplePath.Answered:
                await SayAsync("search", cancellationToken);
                await SayAsync(visit.Search, cancellationToken);
                await SayAsync("yes", cancellationToken);
                break;
            case SamplePath.NotHelped:
                await SayAsync("search", cancellationToken);
                await SayAsync(visit.Search, cancellationToken);
                await SayAsync("no", cancellationToken);
                await AgentAnswersAsync(cancellationToken);
                break;
            case SamplePath.Person:
                await SayAsync("person", cancellationToken);
                await AgentAnswersAsync(cancellationToken);
                break;
            case SamplePath.Ticket:
                await SayAsync("person", cancellationToken);
                await SayAsync(visit.Email, cancellationToken);
                await SayAsync(visit.Question, cancellationToken);
                break;
            case SamplePath.Meeting:
                var offer = await SayAsync("meeting", cancellationToken);
                if (FirstSlot(offer) is { } slot)
                {
                    await SayAsync(slot, cancellationToken);
                    await SayAsync(visit.Email, cancellationToken);
                }

                break;
            case SamplePath.NoEmail:
                await SayAsync("person", cancellationToken);
                await SayAsync("no-thanks", cancellationToken);
                break;
            case SamplePath.LeftAtSearch:
                await SayAsync("search", cancellationToken);
                break;
            case SamplePath.LeftAtStart:
                break;
        }

        if (visit.Rating is { } rating)
        {
            await RateAsync(rating, cancellationToken);
        }

        return _conversationId;
    }

    private Task<ConversationTurn?> SayAsync(string text, CancellationToken cancellationToken) =>
        StepAsync(s => s.GetRequiredService<ConversationService>().PostAloneAsync(_conversationId, _visitorId, $"sample-{++_turn}", text, cancellationToken));

    // The agent hand-off chose answers, then the visitor thanks them and the agent closes the conversation.
    private async Task AgentAnswersAsync(CancellationToken cancellationToken)
    {
        await SayAsync(visit.Question, cancellationToken);
        var agent = await StepAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var assigned = await db.Conversations.Where(c => c.Id == _conversationId).Select(c => c.AssignedUserId).SingleAsync(cancellationToken);
            return assigned is null ? null : await db.Users.AsNoTracking().SingleAsync(u => u.Id == assigned, cancellationToken);
        });
        if (agent is null)
        {
            return;
        }

        await StepAsync(s => s.GetRequiredService<InboxActions>().WriteMessageAsync(_conversationId, agent, visit.AgentReply, note: false, cancellationToken));
        await SayAsync("Thanks, that helps!", cancellationToken);
        await StepAsync(s => s.GetRequiredService<InboxActions>().CloseAsync(_conversationId, agent, cancellationToken));
    }

    // Through the survey endpoint's own handler, with the visitor's signed id as the widget sends it.
    private Task<bool> RateAsync(int rating, CancellationToken cancellationToken) => StepAsync(async s =>
    {
        var context = new DefaultHttpContext { RequestServices = s };
        context.Request.Headers[VisitorIds.HeaderName] = s.GetRequiredService<VisitorIdProtector>().Issue(_visitorId);
        var result = await SurveysApi.RateAsync(
            _conversationId, new SurveyAnswerRequest(rating, visit.Comment), context, s.GetRequiredService<ChatflowsDbContext>(),
            s.GetRequiredService<TimeProvider>(), s.GetRequiredService<Live.ConversationEvents>(), s.GetRequiredService<SurveyQueries>(),
            s.GetRequiredService<TurnBatcher>(), cancellationToken);
        return result.Result is Created<SurveyAnswerResponse>;
    });

    private async Task<T> StepAsync<T>(Func<IServiceProvider, Task<T>> step)
    {
        _at = _at.AddSeconds(40 + (_turn * 17 % 80));
        using var moment = clock?.At(_at);
        await using var scope = scopes.CreateAsyncScope();
        return await step(scope.ServiceProvider);
    }

    private static string? FirstSlot(ConversationTurn? turn) =>
        turn?.Messages.Select(m => m.PayloadJson is null ? null : JsonNode.Parse(m.PayloadJson)?["quickReplies"] as JsonArray)
            .LastOrDefault(q => q is { Count: > 1 })?[0]?["value"]?.GetValue<string>();
}
