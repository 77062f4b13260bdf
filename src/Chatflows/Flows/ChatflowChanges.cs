using Chatflows.Live;
using Microsoft.Extensions.Logging;

namespace Chatflows.Flows;

/// <summary>
/// Counts changes to what visitors see (a publication, the on/off switch, the channel settings, an agent's
/// availability), so node caches can tell they are stale without asking the database on every request. A change
/// counts here at once and is told to the other nodes through the live backplane (<see cref="ChatflowChangesRelay"/>);
/// that is best effort, so caches also bound their age.
/// </summary>
public sealed partial class ChatflowChanges(ILiveEventBus bus, ILogger<ChatflowChanges> logger)
{
    private static readonly LiveEvent Signal = new("changed", null, "", "{}");

    private long _version;

    /// <summary>Grows by one with every change; compare with the value a cache was built at.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>A change made on this node: counted here, and told to the others.</summary>
    public void Changed()
    {
        Heard();
        _ = TellAsync();
    }

    /// <summary>A change another node made (this node also hears its own, which costs one more cache read).</summary>
    internal void Heard() => Interlocked.Increment(ref _version);

    private async Task TellAsync()
    {
        try
        {
            await bus.PublishAsync(LiveTopics.Changes, Signal, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogNotTold(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other nodes about a change; their caches catch up within their maximum age")]
    private static partial void LogNotTold(ILogger logger, Exception exception);
}
