using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>
/// Rate limits on what visitors can write, read or hold open: per visitor on starting conversations, sending
/// messages, typing, reading the knowledge base and open event streams; per client address (IPv4 address or
/// IPv6 /64, see <see cref="Security.ClientAddress"/>) on the whole visitor API and, tighter, on starting,
/// consents, typing and open event streams. A refusal is a 429 problem with Retry-After.
/// They are endpoint filters, not ASP.NET Core's rate-limiting middleware: a filter runs wherever the site puts
/// <c>MapChatflows()</c> (the middleware is silently off before routing), and the site's own limiter options stay the site's.
/// </summary>
internal static class VisitorRateLimits
{
    public static readonly VisitorRateLimit Start = new("chatflows-start", l => l.StartsPerMinutePerVisitor, VisitorLimitKey.Visitor,
        AlsoPerAddress: new("chatflows-start-ip", l => l.StartsPerMinutePerIp, VisitorLimitKey.Address));
    public static readonly VisitorRateLimit Consent = new("chatflows-consent", l => l.StartsPerMinutePerVisitor, VisitorLimitKey.Visitor,
        AlsoPerAddress: new("chatflows-consent-ip", l => l.ConsentsPerMinutePerIp, VisitorLimitKey.Address));
    public static readonly VisitorRateLimit Message = new("chatflows-message", l => l.MessagesPerMinutePerVisitor, VisitorLimitKey.Visitor);
    public static readonly VisitorRateLimit Typing = new("chatflows-typing", l => l.TypingPerMinutePerVisitor, VisitorLimitKey.Visitor,
        AlsoPerAddress: new("chatflows-typing-ip", l => l.TypingPerMinutePerIp, VisitorLimitKey.Address));
    public static readonly VisitorRateLimit Stream = new("chatflows-stream", l => l.StreamsPerVisitor, VisitorLimitKey.StreamVisitor, Concurrent: true,
        AlsoPerAddress: new("chatflows-stream-ip", l => l.StreamsPerIp, VisitorLimitKey.Address, Concurrent: true));
    public static readonly VisitorRateLimit KnowledgeRead = new("chatflows-kb-read", l => l.KnowledgeReadsPerMinutePerVisitor, VisitorLimitKey.Visitor);
    public static readonly VisitorRateLimit Address = new("chatflows-ip", l => l.RequestsPerMinutePerIp, VisitorLimitKey.Address);

    /// <summary>The per-address limit on the whole visitor API.</summary>
    public static IEndpointFilter AddressFilter { get; } = new VisitorRateLimitFilter(Address);

    public static IServiceCollection AddVisitorRateLimits(this IServiceCollection services)
    {
        services.AddOptions<VisitorLimitsOptions>().BindConfiguration("Chatflows:Limits");
        services.AddOptions<Security.NetworkOptions>().BindConfiguration("Chatflows:Network")
            .Validate(o => o.Invalid() is null, "Chatflows:Network:KnownProxies takes addresses (10.0.0.5) and Chatflows:Network:KnownNetworks networks in CIDR form (10.0.0.0/24); an entry is neither.")
            .ValidateOnStart();
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
