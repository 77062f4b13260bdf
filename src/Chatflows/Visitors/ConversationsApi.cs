using Chatflows.Contacts;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Chatflows.Visitors.Identification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>The visitor's conversations (contract: docs/api.md). A visitor reaches only their own.</summary>
public static class ConversationsApi
{
    private const string OpenConversationsRetryAfterSeconds = "60";
    private const string TurnRetryAfterSeconds = "2";

    internal static async Task<Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        StartConversationRequest request, HttpContext context, ConversationService conversations, IdentityTokenVerifier identities,
        ContactDirectory contacts, ChatflowsDbContext db, IOptions<VisitorLimitsOptions> limits, Live.ConversationEvents live, Live.StreamTokens tokens, IOptions<PageAddressOptions> pageAddress,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ChatflowId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["chatflowId"] = ["Name the chatflow to talk to."] });
        }

        if (request.PageUrl is { Length: > 2048 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageUrl"] = ["The page address is longer than 2048 characters."] });
        }

        var visitorId = VisitorIds.Read(context) ?? VisitorIds.New();
        var open = await db.Conversations.CountAsync(c => c.VisitorId == visitorId && Storage.ConversationStatuses.Live.Contains(c.Status), cancellationToken);
        if (open >= limits.Value.MaxOpenConversationsPerVisitor)
        {
            // docs/api.md promises Retry-After on every 429; an open conversation ends at the visitor's or an agent's
            // pace, so this is when asking again is reasonable, not when a slot is sure to be free.
            context.Response.Headers.RetryAfter = OpenConversationsRetryAfterSeconds;
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many open conversations",
                detail: $"A visitor can have {limits.Value.MaxOpenConversationsPerVisitor} open conversations at once. Continue one of them.");
        }

        long? contactId = null;
        var identity = identities.Verify(request.IdentityToken, visitorId);
        if (identity is not null)
        {
            contactId = (await contacts.FindOrCreateAsync(identity, visitorId, cancellationToken)).Id;
        }

        var turn = await conversations.StartAsync(new StartConversation(request.ChatflowId, visitorId, PageAddress.Clean(request.PageUrl, pageAddress.Value.KeptQueryParameters), contactId,
            TimeZone: NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.TimeZone ?? "")?.Id,
            VerifiedEmail: identity?.Email.Trim().ToLowerInvariant(), Language: request.Language), cancellationToken);
        if (turn is null)
        {
            return NotFound($"There is no live chatflow '{request.ChatflowId}'.");
        }

        await live.StartedAsync(turn.Conversation.Id, cancellationToken);
        await live.MessagesAsync(turn.Conversation.Id, turn.Messages, cancellationToken);
        if (request.CookieConsent)
        {
            VisitorIds.Remember(context, visitorId);
        }

        return TypedResults.Created(
            $"{VisitorRoutes.Prefix}/conversations/{turn.Conversation.Id}/messages",
            new ConversationResponse(turn.Conversation.Id, VisitorIds.Issue(context, visitorId), turn.Conversation.Status, turn.Messages.ToDtos(), tokens.Issue(turn.Conversation.Id, visitorId),
                turn.Conversation.Language));
    }

    internal static async Task<Results<Ok<ConversationResponse>, ValidationProblem, ProblemHttpResult>> PostAsync(
        string id, PostMessageRequest request, HttpContext context, ConversationService conversations, IOptions<VisitorLimitsOptions> limits,
        Live.ConversationEvents live, Live.StreamTokens tokens, CancellationToken cancellationToken)
    {
        var errors = Validate(request, limits.Value);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var visitorId = VisitorIds.Read(context);
        ConversationTurn? turn;
        try
        {
            // A message the server has received is stored even when the page that sent it goes away meanwhile (a link
            // clicked right after sending, a tab closed): the request's abort must not cancel the turn, only its budget.
            turn = visitorId is null ? null : await conversations.PostAsync(id, visitorId, request.ClientMessageId!, request.Text!, CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            // Nothing was stored, so sending the same clientMessageId again is safe and stores it once.
            context.Response.Headers.RetryAfter = TurnRetryAfterSeconds;
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No answer in time", detail: e.Message);
        }

        if (turn is null)
        {
            return NotFound("There is no such conversation for this visitor.");
        }

        if (turn.Replayed && !SameMessage(turn, request.Text!))
        {
            // Like a reused idempotency key at a payment API: answering the first message's replies would hide the mistake.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Message id already used",
                detail: "The clientMessageId was used for another message in this conversation. Send a new message with a new id.");
        }

        if (turn.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }
        else
        {
            await live.MessagesAsync(turn.Conversation.Id, turn.Messages, cancellationToken);
        }

        return TypedResults.Ok(new ConversationResponse(turn.Conversation.Id, VisitorIds.Issue(context, visitorId!), turn.Conversation.Status, turn.Messages.ToDtos(), tokens.Issue(turn.Conversation.Id, visitorId!)));
    }

    internal static async Task<Results<Ok<MessagesResponse>, ValidationProblem, ProblemHttpResult>> ReadAsync(
        string id, long? after, HttpContext context, ConversationService conversations, ChatflowsDbContext db, Live.StreamTokens tokens, CancellationToken cancellationToken)
    {
        if (after is < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Give a sequence number of 0 or more."] });
        }

        var visitorId = VisitorIds.Read(context);
        var messages = visitorId is null ? null : await conversations.ReadAsync(id, visitorId, after ?? 0, cancellationToken);
        if (messages is null)
        {
            return NotFound("There is no such conversation for this visitor.");
        }

        var status = await db.Conversations.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(cancellationToken);
        return TypedResults.Ok(new MessagesResponse(id, status, messages.ToDtos(), tokens.Issue(id, visitorId!)));
    }

    /// <summary>The visitor's conversation still going on and their last ten ended ones (issue 16); nothing for a visitor without an id.</summary>
    internal static async Task<Ok<VisitorConversationsResponse>> ListAsync(HttpContext context, Continuity.VisitorConversations visitors, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        return VisitorIds.Read(context) is not { } visitorId
            ? TypedResults.Ok(new VisitorConversationsResponse(null, []))
            : TypedResults.Ok(new VisitorConversationsResponse(await visitors.OpenAsync(visitorId, cancellationToken), await visitors.EarlierAsync(visitorId, cancellationToken)));
    }

    private static Dictionary<string, string[]> Validate(PostMessageRequest request, VisitorLimitsOptions limits)
    {
        Dictionary<string, string[]> errors = [];
        if (string.IsNullOrWhiteSpace(request.ClientMessageId) || request.ClientMessageId.Length > 64
            || !request.ClientMessageId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["clientMessageId"] = ["Send a clientMessageId of 1 to 64 letters, digits, '-' or '_', the same one on a retry."];
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["The message is empty."];
        }
        else if (request.Text.Length > limits.MaxMessageLength)
        {
            errors["text"] = [$"A message has at most {limits.MaxMessageLength} characters."];
        }

        return errors;
    }

    private static bool SameMessage(ConversationTurn turn, string text) =>
        turn.Messages.FirstOrDefault(m => m.Author == MessageAuthor.Visitor) is { } stored && string.Equals(stored.Text, text, StringComparison.Ordinal);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
