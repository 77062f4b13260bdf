using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Chatflows.Widget;

/// <summary>
/// CORS for the embed snippet (W9): the visitor API and the widget files answer the configured site
/// origins, and only them. No credentials: a page on another origin carries the visitor id in the
/// <c>X-Chatflows-Visitor</c> header, never in a third-party cookie.
/// </summary>
internal static class WidgetCors
{
    public const string PolicyName = "ChatflowsWidget";

    public static IServiceCollection AddWidgetCors(this IServiceCollection services)
    {
        services.AddOptions<WidgetOriginsOptions>().BindConfiguration("Chatflows:Widget").ValidateDataAnnotations().ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WidgetOriginsOptions>>((cors, widget) =>
        {
            var origins = widget.Value.NormalizedOrigins().ToHashSet(StringComparer.Ordinal);
            cors.AddPolicy(PolicyName, policy => policy
                .SetIsOriginAllowed(origins.Contains)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(HeaderNames.ContentType, HeaderNames.IfNoneMatch, "X-Chatflows-Visitor", Visitors.Identification.IdentityTokens.HeaderName, "Last-Event-ID")
                // The widget reads Retry-After to tell a rate-limited visitor when to try again.
                .WithExposedHeaders(HeaderNames.RetryAfter, HeaderNames.ETag, "Idempotent-Replayed")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });
        return services;
    }

    /// <summary>Only the paths an embedding page uses; the admin and the site's own pages never answer another origin.</summary>
    public static IApplicationBuilder UseWidgetCors(this IApplicationBuilder app) =>
        app.UseWhen(context => IsWidgetPath(context.Request.Path), branch => branch.UseCors(PolicyName));

    private static bool IsWidgetPath(PathString path) =>
        path.StartsWithSegments(Visitors.VisitorRoutes.Prefix) || path.StartsWithSegments("/chatflows/widget") || path.StartsWithSegments("/chatflows/embed.js");
}
