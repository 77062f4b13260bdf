namespace Chatflows.Live;

/// <summary>The bus of a single node: publishing is delivering to this node's subscribers.</summary>
public sealed class InProcessLiveEventBus(LocalLiveHub hub) : ILiveEventBus
{
    public ValueTask PublishAsync(string topic, LiveEvent liveEvent, CancellationToken cancellationToken)
    {
        hub.Deliver(topic, liveEvent);
        return ValueTask.CompletedTask;
    }

    public LiveSubscription Subscribe(string topic) => hub.Subscribe(topic);
}
