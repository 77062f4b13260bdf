using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>The visitor path under <c>/chatflows/api</c> (DESIGN "The visitor path", docs/api.md).</summary>
internal static class VisitorApi
{
    public static IEndpointRouteBuilder MapVisitorApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/chatflows/api")
            .WithTags("Visitor")
            .DisableAntiforgery();
        api.MapWidgetApi();
        api.MapConversationsApi();
        api.MapKnowledgeBaseApi();
        api.MapConsentsApi();

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

    /// <summary>
    /// Bounds request bodies before anything reads them: a declared length over the limit is refused at
    /// once, and the server stops reading any body past it (413 either way).
    /// </summary>
    public static IApplicationBuilder UseVisitorBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/chatflows/api"), api => api.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<VisitorLimitsOptions>>().Value.MaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                    detail: $"The visitor API accepts bodies of at most {limit} bytes.").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(context);
        }));
}
