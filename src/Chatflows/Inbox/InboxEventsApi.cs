using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Chatflows.Live;
using Chatflows.Security;
using Chatflows.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Chatflows.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Inbox;

/// <summary>
/// The agents' live side of the inbox, for signed-in users with <c>AnswerConversations</c> (checked here,
/// answering 401/403 rather than redirecting, since scripts call these): the inbox stream, one thread's
/// stream with catch-up, the agent's typing signal and what they have read (antiforgery-checked like a form).
/// </summary>
public static class InboxEventsApi
{
    public static IEndpointRouteBuilder MapInboxEventsApi(this IEndpointRouteBuilder endpoints)
    {
        // Under the admin path's group. Anonymous to the site's policies: these check the module's own cookie
        // themselves, and a site's fallback policy must not turn their 401 into a redirect to the site's sign-in.
        var inbox = endpoints.MapGroup("/inbox").ExcludeFromDescription().AllowAnonymous();
        inbox.MapGet("/events", StreamAsync).WithName("InboxEvents");
        inbox.MapPost("/conversations/{id}/typing", TypingAsync).WithName("AgentTyping").DisableAntiforgery();
        inbox.MapPost("/conversations/{id}/read", ReadAsync).WithName("AgentRead").DisableAntiforgery();
        return endpoints;
    }

    internal static async Task<Results<ServerSentEventsResult<string>, ValidationProblem, ProblemHttpResult>> StreamAsync(
        string? conversation, long? after, HttpContext context, IAuthorizationService authorization, ChatflowsDbContext db, ILiveEventBus bus,
        IOptions<LiveOptions> options, StaffStreamCheck staff, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await RefuseAsync(context, authorization) is { } refused)
        {
            return refused;
        }

        var user = context.User;
        if (!await staff.StillAllowedAsync(user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in", detail: "Sign in to the admin again.");
        }

        var watch = new StreamWatch(options.Value, time, _ => staff.StillAllowedAsync(user));
        if (conversation is null)
        {
            return TypedResults.ServerSentEvents(Overview(LiveStream.Subscribe(bus, LiveTopics.Inbox, context), context, watch, context.RequestAborted));
        }

        if (LiveResume.Read(context, after, out var error) is not { } resumeFrom)
        {
            return TypedResults.ValidationProblem(error!);
        }

        if (!await db.Conversations.AnyAsync(c => c.Id == conversation, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such conversation.");
        }

        var subscription = LiveStream.Subscribe(bus, LiveTopics.Inbox, context);
        return TypedResults.ServerSentEvents(ConversationStream.ReadAsync(subscription, conversation, resumeFrom, forAgent: true, context, db, watch, context.RequestAborted));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> TypingAsync(
        string id, AgentTypingRequest? request, HttpContext context, IAuthorizationService authorization, IAntiforgery antiforgery, ChatflowsDbContext db,
        ConversationEvents events, CancellationToken cancellationToken)
    {
        if (await RefuseWriteAsync(context, authorization, antiforgery) is { } refused)
        {
            return refused;
        }

        if (request?.Typing is not { } typing)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "Send {\"typing\": true} or false.");
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var owner = await db.Conversations.Where(c => c.Id == id).Select(c => new { c.AssignedUserId, c.Status }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such conversation.");
        }

        // Only the agent who owns the conversation talks to the visitor, so only they are shown typing.
        if (owner.AssignedUserId == userId && owner.Status == ConversationStatuses.HandedOff)
        {
            var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            await events.TypingAsync(id, "agent", name, typing, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// Messages that arrive while the agent has the thread in front of them are read: without this, going back to
    /// the list would show them as unread. Never past the conversation's last message, never backwards.
    /// </summary>
    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReadAsync(
        string id, ReadRequest request, HttpContext context, IAuthorizationService authorization, IAntiforgery antiforgery, ChatflowsDbContext db,
        InboxActions actions, CancellationToken cancellationToken)
    {
        if (await RefuseWriteAsync(context, authorization, antiforgery) is { } refused)
        {
            return refused;
        }

        if (request.Seq < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seq"] = ["A sequence number is 0 or more."] });
        }

        var last = await db.Conversations.Where(c => c.Id == id).Select(c => (long?)c.LastSeq).SingleOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such conversation.");
        }

        await actions.MarkReadAsync(id, context.User.FindFirstValue(ClaimTypes.NameIdentifier)!, Math.Min(request.Seq, last.Value), cancellationToken);
        return TypedResults.NoContent();
    }

    // The admin cookie is asked for by name, as the permission policies do: the host's default scheme may be another.
    /// <summary>What <see cref="RefuseAsync"/> refuses, and a POST without the page's antiforgery token.</summary>
    private static async Task<ProblemHttpResult?> RefuseWriteAsync(HttpContext context, IAuthorizationService authorization, IAntiforgery antiforgery) =>
        await RefuseAsync(context, authorization) ?? (await antiforgery.IsRequestValidAsync(context)
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: "Send the page's antiforgery token in the RequestVerificationToken header."));

    private static async Task<ProblemHttpResult?> RefuseAsync(HttpContext context, IAuthorizationService authorization)
    {
        var signIn = await context.AuthenticateAsync(ChatflowsAuthentication.Scheme);
        if (signIn.Principal is not { Identity.IsAuthenticated: true } principal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in", detail: "Sign in to the admin first.");
        }

        context.User = principal;
        return (await authorization.AuthorizeAsync(context.User, Permissions.AnswerConversations)).Succeeded
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "Answering conversations needs the AnswerConversations permission.");
    }

    // Every conversation's events, each wrapped with the conversation it concerns.
    private static async IAsyncEnumerable<SseItem<string>> Overview(
        LiveSubscription subscription, HttpContext context, StreamWatch watch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var _ = subscription;
        yield return new SseItem<string>("{}", "ready");
        while (await LiveStream.WaitAsync(subscription, context, watch, cancellationToken))
        {
            while (subscription.Reader.TryRead(out var liveEvent))
            {
                yield return new SseItem<string>($"{{\"conversationId\":{JsonSerializer.Serialize(liveEvent.ConversationId)},\"data\":{liveEvent.Data}}}", liveEvent.Type);
            }
        }
    }
}
