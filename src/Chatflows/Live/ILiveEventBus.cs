namespace Chatflows.Live;

/// <summary>
/// Publishes live events to every subscriber of a topic on every node. In-process on one node; through
/// Redis pub/sub when <c>Chatflows:Redis</c> is configured, so an agent on one node reaches a visitor on another.
/// Delivery is best effort: streams that must not miss anything (the visitor's) replay from the database.
/// </summary>
public interface ILiveEventBus
{
    ValueTask PublishAsync(string topic, LiveEvent liveEvent, CancellationToken cancellationToken);

    /// <summary>Starts receiving before the caller reads any backlog, so nothing falls between the two.</summary>
    LiveSubscription Subscribe(string topic);
}
