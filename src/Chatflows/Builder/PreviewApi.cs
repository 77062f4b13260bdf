using Chatflows.Channel;
using Chatflows.Core.Text;
using Chatflows.Flows;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Visitors;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Chatflows.Builder;

/// <summary>
/// The preview's copy of the visitor API (B6), for the real widget on the preview page: the widget is
/// given <c>data-base</c> = <c>/admin/chatflows/{id}/preview</c>, so its calls land here. It runs the
/// draft, in preview conversations the analytics leave out, and only for editors: visitors cannot start,
/// read or answer one. The POSTs take JSON only, which a cross-site form cannot send, and the admin
/// cookie is SameSite=Lax, so they need no antiforgery token.
/// </summary>
public static class PreviewApi
{
    public static IEndpointRouteBuilder MapChatflowsPreview(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/chatflows/{id}/preview" + Visitors.VisitorRoutes.Prefix) // under the admin path's group
            .RequireAuthorization(Permissions.ManageChatflows)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        api.MapGet("/widget", GetConfigAsync).WithName("PreviewWidgetConfig");
        api.MapPost("/conversations", StartAsync).WithName("PreviewStartConversation");
        api.MapPost("/conversations/{conversationId}/messages", PostAsync).WithName("PreviewPostMessage");
        api.MapGet("/conversations/{conversationId}/messages", ReadAsync).WithName("PreviewReadMessages");
        api.MapPost("/consents", Consent).WithName("PreviewConsent");
        api.MapGet("/conversations/{conversationId}/events", NoLiveEvents).WithName("PreviewConversationEvents");
        api.MapPost("/conversations/{conversationId}/typing", NoLiveEvents).WithName("PreviewVisitorTyping");
        return endpoints;
    }

    /// <summary>
    /// A preview never reaches an agent, so it has no live events and nobody to see the editor typing.
    /// The widget still opens its event stream; 204 is the answer that tells an EventSource not to reconnect.
    /// </summary>
    internal static NoContent NoLiveEvents() => TypedResults.NoContent();

    /// <summary>
    /// The widget configuration for the draft, whatever its targeting: the preview opens at once. In the first of the
    /// draft's languages that <paramref name="lang"/> names (the editor picks one on the preview page, L1), else its base language.
    /// </summary>
    internal static async Task<Results<Ok<WidgetConfigResponse>, ProblemHttpResult>> GetConfigAsync(
        string id, string? tz, string? lang, ChatflowStore store, ChannelSettingsStore channel, ChannelAvailability availability, MessageTemplates templates,
        Widget.WidgetTexts widgetTexts, Core.Translations.FlowTexts texts, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(id, cancellationToken) is not { } draft)
        {
            return NotFound($"There is no chatflow '{id}'.");
        }

        var language = Core.Translations.FlowLanguages.Choose(draft.Draft, lang);
        var flow = language == draft.Draft.Language ? draft.Draft : texts.Localize(draft.Draft, language);
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var state = await availability.ReadAsync(settings, tz, language, cancellationToken);
        var model = new MessageTemplateModel(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), settings.HeadingName);
        var display = flow.Display.ToWidget() with { DesktopBehavior = "openOnTrigger", MobileBehavior = "openOnTrigger", Trigger = "none", Triggers = [] };
        var chatflow = new WidgetChatflow(
            flow.Id, flow.Language, templates.Render(flow.WelcomeMessage, model) ?? "",
            [.. flow.WelcomeQuickReplies.Select(q => new WidgetQuickReply(q.Label, q.EffectiveValue))],
            flow.Options.TypingDelayMs, flow.Options.SessionTimeoutMinutes, flow.Options.ErrorMessage,
            display, flow.Consent.ToWidget(flow.Language), Languages: draft.Draft.Languages);
        static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
        return TypedResults.Ok(new WidgetConfigResponse(
            chatflow,
            new WidgetChannel(settings.AccentColor, flow.Display.HeadingName ?? settings.HeadingName, flow.Display.AvatarUrl ?? settings.AvatarUrl), // D1, as the widget will show it
            new WidgetAvailability(Camel(state.State.ToString()), Camel(state.Instruction.ToString()), state.Message,
                Camel(state.TypicalResponseTime.ToString()), state.NextOpening?.ToDateTimeOffset(), state.NextOpeningLocal),
            flow.Language,
            VisitorKnown: false,
            Languages: draft.Draft.Languages,
            Texts: widgetTexts.For(draft.Draft.Languages)));
    }

    internal static async Task<Results<Created<ConversationResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        string id, StartConversationRequest request, HttpContext context, ConversationService conversations, Live.StreamTokens tokens,
        CancellationToken cancellationToken)
    {
        if (request.ChatflowId != id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["chatflowId"] = ["A preview talks to the chatflow it was opened for."] });
        }

        // Every preview is a fresh, unguessable visitor: nothing a visitor holds can reach it.
        var visitorId = VisitorIds.New();
        var pageUrl = request.PageUrl is { Length: <= 2048 } url ? url : null;
        var turn = await conversations.StartAsync(new StartConversation(id, visitorId, pageUrl, Preview: true, Language: request.Language), cancellationToken);
        if (turn is null)
        {
            return NotFound($"There is no chatflow '{id}'.");
        }

        return TypedResults.Created(
            $"{context.Request.PathBase}{context.Request.Path}/{turn.Conversation.Id}/messages",
            new ConversationResponse(turn.Conversation.Id, VisitorIds.Issue(context, visitorId), turn.Conversation.Status, turn.Messages.ToDtos(), tokens.Issue(turn.Conversation.Id, visitorId)));
    }

    internal static async Task<Results<Ok<ConversationResponse>, ValidationProblem, ProblemHttpResult>> PostAsync(
        string id, string conversationId, PostMessageRequest request, HttpContext context, ConversationService conversations, ChatflowsDbContext db,
        IOptions<VisitorLimitsOptions> limits, Live.StreamTokens tokens, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        if (string.IsNullOrWhiteSpace(request.ClientMessageId) || request.ClientMessageId.Length > 64
            || !request.ClientMessageId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["clientMessageId"] = ["Send a clientMessageId of 1 to 64 letters, digits, '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > limits.Value.MaxMessageLength)
        {
            errors["text"] = [$"Send a message of 1 to {limits.Value.MaxMessageLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var visitorId = VisitorIds.Read(context);
        var turn = visitorId is not null && await IsPreviewAsync(db, id, conversationId, cancellationToken)
            ? await conversations.PostAsync(conversationId, visitorId, request.ClientMessageId!, request.Text!, cancellationToken)
            : null;
        return turn is null
            ? NotFound("There is no such preview conversation.")
            : TypedResults.Ok(new ConversationResponse(turn.Conversation.Id, VisitorIds.Issue(context, visitorId!), turn.Conversation.Status, turn.Messages.ToDtos(), tokens.Issue(turn.Conversation.Id, visitorId!)));
    }

    internal static async Task<Results<Ok<MessagesResponse>, ValidationProblem, ProblemHttpResult>> ReadAsync(
        string id, string conversationId, long? after, HttpContext context, ConversationService conversations, ChatflowsDbContext db,
        CancellationToken cancellationToken)
    {
        if (after is < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Give a sequence number of 0 or more."] });
        }

        var visitorId = VisitorIds.Read(context);
        var messages = visitorId is not null && await IsPreviewAsync(db, id, conversationId, cancellationToken)
            ? await conversations.ReadAsync(conversationId, visitorId, after ?? 0, cancellationToken)
            : null;
        if (messages is null)
        {
            return NotFound("There is no such preview conversation.");
        }

        var status = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Status).SingleAsync(cancellationToken);
        return TypedResults.Ok(new MessagesResponse(conversationId, status, messages.ToDtos()));
    }

    /// <summary>A preview records no consent: the editor is not a visitor, and the records are evidence.</summary>
    internal static Results<Ok<ConsentResponse>, ValidationProblem> Consent(string id, RecordConsentRequest request, HttpContext context, TimeProvider time)
    {
        if (request.Kind is not ("cookies" or "dataProcessing") || request.Granted is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Send kind 'cookies' or 'dataProcessing' and granted."] });
        }

        var visitorId = VisitorIds.Read(context) ?? VisitorIds.New();
        return TypedResults.Ok(new ConsentResponse(0, VisitorIds.Issue(context, visitorId), request.Kind, id, request.Version ?? "", request.Granted.Value, time.GetUtcNow().UtcDateTime));
    }

    private static Task<bool> IsPreviewAsync(ChatflowsDbContext db, string id, string conversationId, CancellationToken cancellationToken) =>
        db.Conversations.AnyAsync(c => c.Id == conversationId && c.ChatflowId == id && c.IsPreview, cancellationToken);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
