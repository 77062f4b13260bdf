using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatflows.Live;

/// <summary>
/// Fans events out across nodes through one Redis pub/sub channel; each node subscribes once and hands
/// events to its own subscribers by topic. A node hears its own publishes back from Redis, so it does not
/// also deliver them directly (that would deliver twice). The channel queue keeps the order of publishing.
/// </summary>
public sealed partial class RedisLiveEventBus : ILiveEventBus, IDisposable
{
    public const string ChannelName = "chatflows:live";

    private static readonly RedisChannel Channel = RedisChannel.Literal(ChannelName);

    private readonly LocalLiveHub _hub;
    private readonly ConnectionMultiplexer _redis;
    private readonly ChannelMessageQueue _queue;

    public RedisLiveEventBus(LocalLiveHub hub, string configuration, ILogger<RedisLiveEventBus> logger)
    {
        _hub = hub;
        // Not fatal when Redis is briefly away at start: the multiplexer keeps reconnecting and resubscribes.
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        _redis = ConnectionMultiplexer.Connect(options);
        _queue = _redis.GetSubscriber().Subscribe(Channel);
        _queue.OnMessage(message =>
        {
            try
            {
                if (JsonSerializer.Deserialize(message.Message.ToString(), LiveJsonContext.Default.LiveEnvelope) is { } envelope)
                {
                    _hub.Deliver(envelope.Topic, envelope.Event);
                }
            }
            catch (JsonException e)
            {
                LogMalformed(logger, e, ChannelName);
            }
        });
    }

    public async ValueTask PublishAsync(string topic, LiveEvent liveEvent, CancellationToken cancellationToken) =>
        await _redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(new LiveEnvelope(topic, liveEvent), LiveJsonContext.Default.LiveEnvelope));

    public LiveSubscription Subscribe(string topic) => _hub.Subscribe(topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed live event on {Channel}")]
    private static partial void LogMalformed(ILogger logger, Exception exception, string channel);

    public void Dispose()
    {
        _queue.Unsubscribe();
        _redis.Dispose();
    }
}
