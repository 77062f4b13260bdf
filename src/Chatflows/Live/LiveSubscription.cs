using System.Threading.Channels;

namespace Chatflows.Live;

/// <summary>
/// A subscriber's queue. It is bounded: a stream that falls this far behind is ended rather than allowed
/// to grow without limit, and its client reconnects and catches up from the database (Last-Event-ID).
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    public const int Capacity = 512;

    private readonly Channel<LiveEvent> _channel = System.Threading.Channels.Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<LiveSubscription> _unsubscribe;

    internal LiveSubscription(string topic, Action<LiveSubscription> unsubscribe)
    {
        Topic = topic;
        _unsubscribe = unsubscribe;
    }

    public string Topic { get; }

    public ChannelReader<LiveEvent> Reader => _channel.Reader;

    internal void Deliver(LiveEvent liveEvent)
    {
        if (!_channel.Writer.TryWrite(liveEvent))
        {
            _channel.Writer.TryComplete(new LiveSubscriptionOverflowException());
        }
    }

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _unsubscribe(this);
    }
}
