using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Contacts;
using Chatflows.Core.Engine;
using Chatflows.Core.Targeting;
using Chatflows.Core.Text;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>The widget's configuration for one page: which bot (if any), its look and availability.</summary>
public static class WidgetApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="url">The page's absolute http(s) URL.</param>
    /// <param name="lang">
    /// The visitor's language(s), BCP 47, most wanted first, comma-separated (L1): the chatflow answers in the first of its
    /// languages asked for, else in its base language; with no chatflow, the widget's own texts take it.
    /// </param>
    /// <param name="device"><c>desktop</c> or <c>mobile</c>; guessed from the user agent when left out.</param>
    /// <param name="tz">The visitor's IANA time zone, for "back at …".</param>
    /// <param name="identityToken">(header <c>X-Chatflows-Identity</c>) A token the site signed for its visitor (O10): targeting sees the identified contact; ignored when invalid.</param>
    /// <param name="continueChatflow">(<c>chatflow</c>) The chatflow of the conversation the tab carries on: it shows on this page whatever the targeting says.</param>
    internal static async Task<Results<Ok<WidgetConfigResponse>, StatusCodeHttpResult, ValidationProblem>> GetAsync(
        string? url, string? lang, string? device, string? tz, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "chatflow")] string? continueChatflow,
        [Microsoft.AspNetCore.Mvc.FromHeader(Name = Identification.IdentityTokens.HeaderName)] string? identityToken, HttpContext context, Identification.PageVisitors pageVisitors, ChatflowSelector selector, ChannelSettingsStore channel,
        ChannelAvailability availability, MessageTemplates templates, Continuity.VisitorConversations visitors,
        Microsoft.Extensions.Options.IOptions<Widget.WidgetInjectionOptions> widgetOptions, Surveys.SurveyQueries surveys, Widget.WidgetTexts widgetTexts, PublishedFlows flows, KnowledgeBase.WidgetHelps helps, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var page) || (page.Scheme != Uri.UriSchemeHttp && page.Scheme != Uri.UriSchemeHttps) || url!.Length > 2048)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = ["Give the page's absolute http(s) address (at most 2048 characters)."] });
        }

        var visitorId = VisitorIds.Read(context);
        var visitor = await pageVisitors.ReadAsync(visitorId, identityToken, cancellationToken);
        var visit = new PageVisit { Url = page, Device = DeviceOf(device, context), IsKnownContact = visitor.Known, Contact = visitor.Properties };
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        // A conversation going on keeps its chatflow on every page (issue 16): the tab names it, or the
        // consented cookie's visitor has one open.
        var open = visitorId is null ? null : await visitors.OpenAsync(visitorId, cancellationToken);
        var continued = continueChatflow is { Length: > 0 and <= 64 } ? continueChatflow : open?.ChatflowId;
        var baseFlow = (continued is null ? null : await selector.ContinueAsync(continued, settings.HeadingName, cancellationToken))
            ?? await selector.SelectAsync(visit, settings.HeadingName, cancellationToken);
        var flow = baseFlow is null ? null : flows.InLanguage(baseFlow, Core.Translations.FlowLanguages.Choose(baseFlow.Flow, lang));
        var state = await availability.ReadAsync(settings, tz, flow?.Flow.Language ?? Language(lang), cancellationToken);

        WidgetChatflow? chatflow = null;

        // O5: a bot shown only while the team is available stays hidden otherwise.
        var hidden = flow?.Flow.Display.ShowOnlyWhenAvailable == true && state.State != TeamAvailability.Available && continued is null;
        if (flow is not null && !hidden)
        {
            var model = new MessageTemplateModel(visitor.Properties, visitor.CompanyProperties, new Dictionary<string, string>(), settings.HeadingName);
            var options = flow.Flow.Options;
            chatflow = new WidgetChatflow(
                flow.Flow.Id, flow.Flow.Language, templates.Render(flow.Flow.WelcomeMessage, model) ?? "",
                [.. flow.Flow.WelcomeQuickReplies.Select(q => new WidgetQuickReply(q.Label, q.EffectiveValue))],
                options.TypingDelayMs, options.SessionTimeoutMinutes, options.ErrorMessage,
                flow.Flow.Display.ToWidget(), flow.Flow.Consent.ToWidget(flow.Flow.Language),
                Surveys.WidgetSurvey.For(await surveys.AskedByAsync(flow.Flow, cancellationToken), flow.Flow.Language),
                await helps.ForAsync(flow, cancellationToken),
                baseFlow!.Flow.Languages);
        }

        // The chatflow's base language and its translations, each with its texts file: the widget picks among them
        // in the same order of preference as `lang` (loader.js), and fetches only the one it picked.
        IReadOnlyList<string> languages = baseFlow is null ? [Language(lang)] : baseFlow.Flow.Languages;
        var response = new WidgetConfigResponse(
            chatflow,
            new WidgetChannel(settings.AccentColor, chatflow is null ? settings.HeadingName : flow!.Flow.Display.HeadingName ?? settings.HeadingName,
                chatflow is null ? settings.AvatarUrl : flow!.Flow.Display.AvatarUrl ?? settings.AvatarUrl), // D1: a chatflow may override the channel's look
            new WidgetAvailability(
                Camel(state.State.ToString()), Camel(state.Instruction.ToString()), state.Message, Camel(state.TypicalResponseTime.ToString()),
                state.NextOpening?.ToDateTimeOffset(), state.NextOpeningLocal),
            flow?.Flow.Language ?? Language(lang),
            visit.IsKnownContact,
            await VisitorAsync(visitorId, open, chatflow, visitors, cancellationToken),
            widgetOptions.Value.SessionContinuity,
            visitor.Identified,
            languages,
            widgetTexts.For(languages));

        // Cacheable per page: the browser revalidates with the ETag and gets 304 while nothing changed.
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(response, Json))))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "private, max-age=30";
        context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, $"X-Chatflows-Visitor, {Identification.IdentityTokens.HeaderName}, Cookie"); // after CORS's Vary: Origin
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(response);
    }

    private static async Task<WidgetVisitor?> VisitorAsync(
        string? visitorId, ConversationSummary? open, WidgetChatflow? chatflow, Continuity.VisitorConversations visitors, CancellationToken cancellationToken)
    {
        if (visitorId is null)
        {
            return null;
        }

        var (cookies, dataProcessing) = chatflow is null ? (null, null) : await visitors.ConsentsAsync(visitorId, chatflow.Id, chatflow.Consent.Version, cancellationToken);
        return new WidgetVisitor(open?.ChatflowId == chatflow?.Id ? open : null, cookies, dataProcessing);
    }

    private static DeviceType DeviceOf(string? device, HttpContext context) => device?.ToLowerInvariant() switch
    {
        "mobile" => DeviceType.Mobile,
        "desktop" => DeviceType.Desktop,
        _ => context.Request.Headers.UserAgent.ToString().Contains("Mobi", StringComparison.Ordinal) ? DeviceType.Mobile : DeviceType.Desktop,
    };

    private static string Language(string? lang) =>
        BuiltInTexts.Languages.FirstOrDefault(l => lang is not null && lang.StartsWith(l, StringComparison.OrdinalIgnoreCase)) ?? "en";

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
