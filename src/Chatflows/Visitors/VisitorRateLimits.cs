using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>
/// Rate limits on what visitors can write or search: per visitor on starting conversations, sending messages
/// and reading the knowledge base, and per IP address on the whole visitor API. A refusal is a 429 problem with Retry-After.
/// </summary>
internal static class VisitorRateLimits
{
    public const string Start = "chatflows-start";
    public const string Message = "chatflows-message";
    public const string KnowledgeRead = "chatflows-kb-read";

    public static IServiceCollection AddVisitorRateLimits(this IServiceCollection services)
    {
        services.AddOptions<VisitorLimitsOptions>().BindConfiguration("Chatflows:Limits");
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Start, context => PerVisitor(context, l => l.StartsPerMinutePerVisitor));
            limiter.AddPolicy(Message, context => PerVisitor(context, l => l.MessagesPerMinutePerVisitor));
            limiter.AddPolicy(KnowledgeRead, context => PerVisitor(context, l => l.KnowledgeReadsPerMinutePerVisitor));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/chatflows/api")
                    ? RateLimitPartition.GetSlidingWindowLimiter($"ip:{context.Connection.RemoteIpAddress}", _ => Window(Limits(context).RequestsPerMinutePerIp))
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerVisitor(HttpContext context, Func<VisitorLimitsOptions, int> permits)
    {
        // A request without a visitor id is limited by its address, so leaving the id out gains nothing.
        var key = VisitorIds.Read(context) is { } visitor ? $"visitor:{visitor}" : $"anonymous:{context.Connection.RemoteIpAddress}";
        var limit = permits(Limits(context));
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(limit));
    }

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
