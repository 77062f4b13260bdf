using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>Takes one permit of a visitor rate limit (and of its per-address bucket) before the handler runs; without one, a 429 problem with Retry-After.</summary>
internal sealed class VisitorRateLimitFilter(VisitorRateLimit limit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limiters = http.RequestServices.GetRequiredService<VisitorRateLimiters>();
        for (var current = limit; current is not null; current = current.AlsoPerAddress)
        {
            var lease = await limiters.For(current).AcquireAsync(http, 1, http.RequestAborted);
            if (!lease.IsAcquired)
            {
                var retryAfter = Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10)).TotalSeconds);
                lease.Dispose();
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"Slow down a little: try again in {retryAfter} seconds.",
                    type: "https://tools.ietf.org/html/rfc6585#section-4");
            }

            // A stream's permit is held while it is open: its result runs after this filter has returned.
            http.Response.RegisterForDispose(lease);
        }

        return await next(context);
    }
}
