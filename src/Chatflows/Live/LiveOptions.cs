namespace Chatflows.Live;

/// <summary>Live event streams (<c>Chatflows:Live</c>).</summary>
public sealed class LiveOptions
{
    /// <summary>
    /// How often an idle stream sends a comment line, so proxies and load balancers keep it open.
    /// Default 15 seconds.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The SSE <c>retry:</c> field: how long a client waits before it reconnects after a drop. Default 3 seconds
    /// (about what browsers use without it, but now the server says so and can change it).
    /// </summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Longest time one event stream stays open; then it ends and the client reconnects, resuming with
    /// <c>Last-Event-ID</c>, so nothing is missed. Default 30 minutes.
    /// </summary>
    public TimeSpan MaxStreamLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often an agent's open stream checks that its user is still active, unchanged (security stamp) and
    /// allowed to answer conversations. Default 1 minute.
    /// </summary>
    public TimeSpan StaffRecheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
