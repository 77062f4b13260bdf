using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>Takes one permit of a visitor rate limit before the handler runs; without one, a 429 problem with Retry-After.</summary>
internal sealed class VisitorRateLimitFilter(VisitorRateLimit limit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limiter = http.RequestServices.GetRequiredService<VisitorRateLimiters>().For(limit);
        using var lease = await limiter.AcquireAsync(http, 1, http.RequestAborted);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10)).TotalSeconds);
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Slow down a little: try again in {retryAfter} seconds.",
            type: "https://tools.ietf.org/html/rfc6585#section-4");
    }
}
