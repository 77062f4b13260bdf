using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>The sliding windows of every visitor rate limit, one partitioned limiter per limit, for the life of the app.</summary>
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
        // A request without a visitor id is limited by its address, so leaving the id out gains nothing.
        var key = !limit.PerVisitor ? $"ip:{context.Connection.RemoteIpAddress}"
            : VisitorIds.Read(context) is { } visitor ? $"visitor:{visitor}"
            : $"anonymous:{context.Connection.RemoteIpAddress}";
        var permits = limit.PermitsPerMinute(options.Value);
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
    }
}
