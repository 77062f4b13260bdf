using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Chatflows.Live;

/// <summary>
/// This node's subscribers by topic. Subscribing swaps in a new immutable set, so delivering (the hot
/// path, once per event) reads a snapshot without a lock.
/// </summary>
public sealed class LocalLiveHub
{
    private readonly ConcurrentDictionary<string, ImmutableHashSet<LiveSubscription>> _topics = new(StringComparer.Ordinal);

    public int SubscriberCount => _topics.Values.Sum(s => s.Count);

    public LiveSubscription Subscribe(string topic)
    {
        var subscription = new LiveSubscription(topic, Unsubscribe);
        _topics.AddOrUpdate(topic, _ => [subscription], (_, set) => set.Add(subscription));
        return subscription;
    }

    public void Deliver(string topic, LiveEvent liveEvent)
    {
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Deliver(liveEvent);
            }
        }
    }

    private void Unsubscribe(LiveSubscription subscription)
    {
        while (_topics.TryGetValue(subscription.Topic, out var set))
        {
            var smaller = set.Remove(subscription);
            if (smaller.IsEmpty
                ? _topics.TryRemove(new KeyValuePair<string, ImmutableHashSet<LiveSubscription>>(subscription.Topic, set))
                : _topics.TryUpdate(subscription.Topic, smaller, set))
            {
                return;
            }
        }
    }
}
