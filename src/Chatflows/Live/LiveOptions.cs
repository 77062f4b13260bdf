namespace Chatflows.Live;

/// <summary>Live event streams (<c>Chatflows:Live</c>).</summary>
public sealed class LiveOptions
{
    /// <summary>
    /// How often an idle stream sends a comment line, so proxies and load balancers keep it open.
    /// Default 15 seconds.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
