using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>
/// Rate limits on what visitors can write or search: per visitor on starting conversations, sending messages
/// and reading the knowledge base, and per IP address on the whole visitor API. A refusal is a 429 problem with Retry-After.
/// They are endpoint filters, not ASP.NET Core's rate-limiting middleware: a filter runs wherever the site puts
/// <c>MapChatflows()</c> (the middleware is silently off before routing), and the site's own limiter options stay the site's.
/// </summary>
internal static class VisitorRateLimits
{
    public static readonly VisitorRateLimit Start = new("chatflows-start", l => l.StartsPerMinutePerVisitor, PerVisitor: true);
    public static readonly VisitorRateLimit Message = new("chatflows-message", l => l.MessagesPerMinutePerVisitor, PerVisitor: true);
    public static readonly VisitorRateLimit KnowledgeRead = new("chatflows-kb-read", l => l.KnowledgeReadsPerMinutePerVisitor, PerVisitor: true);
    public static readonly VisitorRateLimit Address = new("chatflows-ip", l => l.RequestsPerMinutePerIp, PerVisitor: false);

    /// <summary>The per-address limit on the whole visitor API.</summary>
    public static IEndpointFilter AddressFilter { get; } = new VisitorRateLimitFilter(Address);

    public static IServiceCollection AddVisitorRateLimits(this IServiceCollection services)
    {
        services.AddOptions<VisitorLimitsOptions>().BindConfiguration("Chatflows:Limits");
        services.AddSingleton<VisitorRateLimiters>();
        return services;
    }

    /// <summary>
    /// Same name as ASP.NET Core's string overload on purpose: call sites read as before, and this typed overload
    /// is the one that applies to a <see cref="VisitorRateLimit"/>.
    /// </summary>
    public static RouteHandlerBuilder RequireRateLimiting(this RouteHandlerBuilder builder, VisitorRateLimit limit) =>
        builder.AddEndpointFilter(new VisitorRateLimitFilter(limit));
}
