using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Live;

/// <summary>Waiting on a subscription while keeping an idle stream alive.</summary>
internal static class LiveStream
{
    private static readonly byte[] Heartbeat = Encoding.UTF8.GetBytes(": heartbeat\n\n");

    /// <summary>
    /// True when events are ready; false when the subscription ended (overflow, shutdown) or the
    /// <paramref name="watch"/> says the stream is over, so the stream closes and the client reconnects and
    /// catches up. While idle, writes a comment line every heartbeat: <c>SseItem</c> cannot carry a comment,
    /// and between two items the formatter has written and flushed everything, so writing to the body here
    /// cannot interleave.
    /// </summary>
    public static async Task<bool> WaitAsync(LiveSubscription subscription, HttpContext context, StreamWatch watch, CancellationToken cancellationToken)
    {
        while (await watch.StillOpenAsync(cancellationToken))
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(watch.NextWait());
            try
            {
                return await subscription.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(Heartbeat, cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
            }
            catch (LiveSubscriptionOverflowException)
            {
                return false;
            }
        }

        return false;
    }
}
