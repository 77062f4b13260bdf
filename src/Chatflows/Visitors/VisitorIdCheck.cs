using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Visitors;

/// <summary>
/// Refuses a visitor header the server did not sign (400 problem) on the whole visitor API, before the rate
/// limiter, so a made-up id neither reaches a conversation nor gets a bucket of its own.
/// </summary>
internal static class VisitorIdCheck
{
    public static IApplicationBuilder UseVisitorIdCheck(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(VisitorRoutes.Prefix), api => api.Use(async (context, next) =>
        {
            if (VisitorIds.HasForgedHeader(context))
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown visitor id",
                    detail: $"The {VisitorIds.HeaderName} header holds an id this site did not issue. Send back the visitorId a response gave you, or none to start afresh.")
                    .ExecuteAsync(context);
                return;
            }

            VisitorIds.ForgetStaleCookie(context);
            await next(context);
        }));
}
