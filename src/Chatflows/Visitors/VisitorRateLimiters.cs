using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Chatflows.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>The buckets of every visitor rate limit, one partitioned limiter per limit, for the life of the app.</summary>
internal sealed class VisitorRateLimiters(IOptions<VisitorLimitsOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<HttpContext>> _limiters = new(StringComparer.Ordinal);

    public PartitionedRateLimiter<HttpContext> For(VisitorRateLimit limit) =>
        _limiters.GetOrAdd(limit.Name, _ => PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limit)));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private RateLimitPartition<string> Partition(HttpContext context, VisitorRateLimit limit)
    {
        var key = $"{limit.Name}:{Key(context, limit.Key)}";
        var permits = limit.Permits(options.Value);
        return limit.Concurrent
            ? RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 })
            : RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            });
    }

    // A request without a visitor id is limited by its address, so leaving the id out gains nothing.
    private static string Key(HttpContext context, VisitorLimitKey key) => key switch
    {
        VisitorLimitKey.Address => $"ip:{ClientAddress.Key(context)}",
        VisitorLimitKey.StreamVisitor => (VisitorIds.Read(context)
            ?? context.RequestServices.GetRequiredService<Live.StreamTokens>().Read(context.Request.Query["token"], context.GetRouteValue("id") as string ?? "")) is { } visitor
            ? $"visitor:{visitor}" : $"anonymous:{ClientAddress.Key(context)}",
        _ => VisitorIds.Read(context) is { } visitor ? $"visitor:{visitor}" : $"anonymous:{ClientAddress.Key(context)}",
    };
}
