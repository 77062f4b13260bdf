using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Chatflows.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>
/// Rate limits on what visitors can write, read or hold open: per visitor on starting conversations, sending
/// messages, typing, reading the knowledge base and open event streams; per client address (IPv4 address or
/// IPv6 /64, see <see cref="ClientAddress"/>) on the whole visitor API and, tighter, on starting, consents,
/// typing and open event streams, since a visitor id is the client's to make up. A refusal is a 429 problem with Retry-After.
/// </summary>
internal static class VisitorRateLimits
{
    public const string Start = "chatflows-start";
    public const string Consent = "chatflows-consent";
    public const string Message = "chatflows-message";
    public const string Typing = "chatflows-typing";
    public const string Stream = "chatflows-stream";
    public const string KnowledgeRead = "chatflows-kb-read";

    public static IServiceCollection AddVisitorRateLimits(this IServiceCollection services)
    {
        services.AddOptions<VisitorLimitsOptions>().BindConfiguration("Chatflows:Limits");
        services.AddOptions<NetworkOptions>().BindConfiguration("Chatflows:Network");
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Start, context => PerVisitor(context, l => l.StartsPerMinutePerVisitor));
            limiter.AddPolicy(Consent, context => PerVisitor(context, l => l.StartsPerMinutePerVisitor));
            limiter.AddPolicy(Message, context => PerVisitor(context, l => l.MessagesPerMinutePerVisitor));
            limiter.AddPolicy(Typing, context => PerVisitor(context, l => l.TypingPerMinutePerVisitor));
            limiter.AddPolicy(KnowledgeRead, context => PerVisitor(context, l => l.KnowledgeReadsPerMinutePerVisitor));
            limiter.AddPolicy(Stream, context => RateLimitPartition.GetConcurrencyLimiter(
                $"stream:{StreamVisitor(context)}", _ => Concurrent(Limits(context).StreamsPerVisitor)));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Request.Path.StartsWithSegments("/chatflows/api")
                        ? RateLimitPartition.GetSlidingWindowLimiter($"ip:{ClientAddress.Key(context)}", _ => Window(Limits(context).RequestsPerMinutePerIp))
                        : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(PerAddress));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    // The endpoint's own policy names what it is; the same kind of request from one address shares one bucket.
    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var limits = Limits(context);
        var key = $"{policy}:{ClientAddress.Key(context)}";
        return policy switch
        {
            Start => RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(limits.StartsPerMinutePerIp)),
            Consent => RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(limits.ConsentsPerMinutePerIp)),
            Typing => RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(limits.TypingPerMinutePerIp)),
            Stream => RateLimitPartition.GetConcurrencyLimiter(key, _ => Concurrent(limits.StreamsPerIp)),
            _ => RateLimitPartition.GetNoLimiter(""),
        };
    }

    private static RateLimitPartition<string> PerVisitor(HttpContext context, Func<VisitorLimitsOptions, int> permits)
    {
        // A request without a visitor id is limited by its address, so leaving the id out gains nothing.
        var key = VisitorIds.Read(context) is { } visitor ? $"visitor:{visitor}" : $"anonymous:{ClientAddress.Key(context)}";
        var limit = permits(Limits(context));
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(limit));
    }

    // EventSource cannot send the visitor header, so a stream names its visitor through its stream token.
    private static string StreamVisitor(HttpContext context) =>
        VisitorIds.Read(context)
        ?? context.RequestServices.GetRequiredService<Live.StreamTokens>().Read(context.Request.Query["token"], context.GetRouteValue("id") as string ?? "")
        ?? $"anonymous:{ClientAddress.Key(context)}";

    private static ConcurrencyLimiterOptions Concurrent(int permits) => new() { PermitLimit = permits, QueueLimit = 0 };

    private static SlidingWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = permitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 0,
    };

    private static VisitorLimitsOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<VisitorLimitsOptions>>().Value;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"Slow down a little: try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
            Type = "https://tools.ietf.org/html/rfc6585#section-4",
        }, options: null, contentType: "application/problem+json", cancellationToken);
    }
}
