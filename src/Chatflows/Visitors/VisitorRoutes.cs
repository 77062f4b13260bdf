using Chatflows.KnowledgeBase;
using Chatflows.Live;
using Chatflows.Mail;
using Chatflows.Privacy;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.Visitors;

/// <summary>
/// The visitor contract's route table (DESIGN "The visitor path", docs/api.md): the prefix, the group and
/// every route a widget or any other client may call, in one place. Handlers live with their feature in
/// classes named <c>…Api</c>; each operation's name is its OpenAPI operation id, and every status it can
/// answer is declared here, so the document and docs/api.md list the same.
/// </summary>
internal static class VisitorRoutes
{
    public const string Prefix = "/chatflows/api";

    public static IEndpointRouteBuilder MapVisitorRoutes(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Visitor").DisableAntiforgery();

        api.MapGet("/widget", WidgetApi.GetAsync).WithName("GetWidgetConfig").Produces(StatusCodes.Status304NotModified);

        api.MapPost("/conversations", ConversationsApi.StartAsync).WithName("StartConversation").RequireRateLimiting(VisitorRateLimits.Start)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/conversations/{id}/messages", ConversationsApi.PostAsync).WithName("PostMessage").RequireRateLimiting(VisitorRateLimits.Message)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/conversations/{id}/messages", ConversationsApi.ReadAsync).WithName("ReadMessages")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapDelete("/conversations/{id}", ConversationErasureApi.DeleteAsync).WithName("DeleteConversation").RequireRateLimiting(VisitorRateLimits.Start)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/conversations/{id}/events", ConversationEventsApi.StreamAsync).WithName("ConversationEvents").RequireRateLimiting(VisitorRateLimits.Stream)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/conversations/{id}/typing", ConversationEventsApi.TypingAsync).WithName("VisitorTyping").RequireRateLimiting(VisitorRateLimits.Typing)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/conversations/{id}/read", Continuity.ReadReceiptsApi.ReadAsync).WithName("MarkConversationRead").RequireRateLimiting(VisitorRateLimits.Typing)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/conversations/{id}/survey", SurveysApi.RateAsync).WithName("RateConversation").RequireRateLimiting(VisitorRateLimits.Message)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/conversations/{id}/transcript", TranscriptApi.DownloadAsync).WithName("DownloadTranscript").RequireRateLimiting(VisitorRateLimits.Message)
            .Produces<string>(StatusCodes.Status200OK, "text/plain").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/conversations/{id}/transcript", TranscriptMailApi.RequestAsync).WithName("MailTranscript").RequireRateLimiting(VisitorRateLimits.Message)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/visitor/resume", ResumeApi.ResumeAsync).WithName("ResumeConversation").RequireRateLimiting(VisitorRateLimits.Start)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/visitor/conversations", ConversationsApi.ListAsync).WithName("ListVisitorConversations")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/consents", ConsentsApi.RecordAsync).WithName("RecordConsent").RequireRateLimiting(VisitorRateLimits.Consent);

        api.MapGet("/kb/search", KnowledgeBaseApi.Search).WithName("SearchKnowledgeBase").RequireRateLimiting(VisitorRateLimits.KnowledgeRead)
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/kb/articles/{slug}", KnowledgeBaseApi.ReadAsync).WithName("ReadKnowledgeArticle").RequireRateLimiting(VisitorRateLimits.KnowledgeRead)
            .Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/kb/categories", KnowledgeBaseApi.CategoriesAsync).WithName("BrowseKnowledgeBase").RequireRateLimiting(VisitorRateLimits.KnowledgeRead)
            .Produces(StatusCodes.Status304NotModified);

        // When no visitor route takes a request — most often a body that is not JSON, which routing refuses
        // before any handler — the host's own fallback page must not answer for the API with a 404.
        api.MapFallback("{**path}", Unmatched).ExcludeFromDescription();
        return endpoints;
    }

    internal static ProblemHttpResult Unmatched(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method)
            ? context.Request.HasJsonContentType()
                ? NoRoute()
                : TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: "The visitor API reads JSON: send the body with Content-Type: application/json.")
            : NoRoute();

    private static ProblemHttpResult NoRoute() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "The visitor API has no such address.");
}
