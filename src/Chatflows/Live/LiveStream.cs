using System.Text;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Live;

/// <summary>Waiting on a subscription while keeping an idle stream alive.</summary>
internal static class LiveStream
{
    private static readonly byte[] Heartbeat = Encoding.UTF8.GetBytes(": heartbeat\n\n");

    /// <summary>
    /// Subscribes for one request's stream. The stream's iterator disposes the subscription when it ends, but
    /// only if it ever starts; the request disposes it in any case, so a stream that closes before its first
    /// event leaves nothing in the hub (issue 18: memory after many streams).
    /// </summary>
    public static LiveSubscription Subscribe(ILiveEventBus bus, string topic, HttpContext context)
    {
        var subscription = bus.Subscribe(topic);
        context.Response.RegisterForDispose(subscription);
        DropIdentityEncoding(context);
        return subscription;
    }

    /// <summary>
    /// ASP.NET Core's event-stream result sends <c>Content-Encoding: identity</c> to keep compression away; RFC 9110
    /// says "identity" is not a content coding to send. Response compression leaves <c>text/event-stream</c>
    /// alone unless a host adds it to its MIME types, and the result disables buffering itself.
    /// </summary>
    private static void DropIdentityEncoding(HttpContext context) =>
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.ContentEncoding == "identity")
            {
                context.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.ContentEncoding);
            }

            return Task.CompletedTask;
        });

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
