using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>The visitor API's body limit (<see cref="VisitorLimitsOptions.MaxBodyBytes"/>).</summary>
internal static class VisitorBodyLimit
{
    /// <summary>
    /// Bounds request bodies before anything reads them: a declared length over the limit is refused at
    /// once, and the server stops reading any body past it (413 either way).
    /// </summary>
    public static IApplicationBuilder UseVisitorBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(VisitorRoutes.Prefix), api => api.Use(async (context, next) =>
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
