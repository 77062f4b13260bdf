using System.Collections.Concurrent;
using Chatflows.Live;

namespace Chatflows.Benchmarks.Live;

/// <summary>
/// The module's own bus with a gate in front of publishing, so the fan-out step can time publishing alone:
/// while held, what the real write path publishes after its commit (the real events of real stored messages)
/// waits here, per conversation, and <see cref="ReleaseAsync"/> hands it to the bus unchanged.
/// Subscribing always goes straight through.
/// </summary>
internal sealed class HeldLiveEventBus(ILiveEventBus inner) : ILiveEventBus
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Topic, LiveEvent Event)>> _held = new();
    private volatile bool _holding;

    public void Hold() => _holding = true;

    public void StopHolding() => _holding = false;

    public bool IsHeld(string conversationId) => _held.ContainsKey(conversationId);

    public ValueTask PublishAsync(string topic, LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        if (!_holding)
        {
            return inner.PublishAsync(topic, liveEvent, cancellationToken);
        }

        _held.GetOrAdd(liveEvent.ConversationId, _ => new()).Enqueue((topic, liveEvent));
        return ValueTask.CompletedTask;
    }

    /// <summary>Publishes what was held for one conversation, in the order it was published.</summary>
    public async ValueTask ReleaseAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!_held.TryRemove(conversationId, out var events))
        {
            return;
        }

        foreach (var (topic, liveEvent) in events)
        {
            await inner.PublishAsync(topic, liveEvent, cancellationToken);
        }
    }

    public LiveSubscription Subscribe(string topic) => inner.Subscribe(topic);
}
