using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Live;

/// <summary>
/// The visitor's live stream (contract: docs/api.md): <c>message</c> events with the message sequence as
/// id, <c>typing</c> and <c>status</c>. A resume (<c>Last-Event-ID</c> or <c>?after=</c>) subscribes first,
/// then replays stored messages after that point, then goes live, dropping anything already sent: no gap,
/// no duplicate.
/// </summary>
public static class ConversationEventsApi
{
    /// <param name="token">The conversation's stream token (<see cref="StreamTokens"/>) for <c>EventSource</c>, which cannot send the <c>X-Chatflows-Visitor</c> header.</param>
    internal static async Task<Results<ServerSentEventsResult<string>, ValidationProblem, ProblemHttpResult>> StreamAsync(
        string id, long? after, string? token, HttpContext context, ChatflowsDbContext db, ILiveEventBus bus, IOptions<LiveOptions> options, StreamTokens tokens,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (LiveResume.Read(context, after, out var error) is not { } resumeFrom)
        {
            return TypedResults.ValidationProblem(error!);
        }

        var visitorId = VisitorIds.Read(context) ?? tokens.Read(token, id);
        if (visitorId is null || !await db.Conversations.AnyAsync(c => c.Id == id && c.VisitorId == visitorId, cancellationToken))
        {
            return VisitorConversationAccess.NotTheirs();
        }

        var subscription = LiveStream.Subscribe(bus, LiveTopics.Conversation(id), context);
        return TypedResults.ServerSentEvents(ConversationStream.ReadAsync(subscription, id, resumeFrom, forAgent: false, context, db, new StreamWatch(options.Value, time), context.RequestAborted));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> TypingAsync(
        string id, TypingRequest request, HttpContext context, ChatflowsDbContext db, ConversationEvents events, CancellationToken cancellationToken)
    {
        if (!await VisitorConversationAccess.IsTheirsAsync(context, db, id, cancellationToken))
        {
            return VisitorConversationAccess.NotTheirs();
        }

        await events.TypingAsync(id, "visitor", null, request.Typing, cancellationToken);
        return TypedResults.NoContent();
    }
}
