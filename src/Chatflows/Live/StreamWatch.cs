namespace Chatflows.Live;

/// <summary>
/// What ends a long event stream besides the client: its maximum lifetime (the client reconnects and resumes
/// with <c>Last-Event-ID</c>, so a stream never outlives the rules it was opened under by much) and, for staff,
/// a periodic re-check that the user may still receive it (a deactivated or demoted agent stops within a minute).
/// </summary>
internal sealed class StreamWatch
{
    private readonly TimeProvider _time;
    private readonly long _opened;
    private readonly Func<CancellationToken, Task<bool>>? _stillAllowed;
    private long _lastCheck;

    public StreamWatch(LiveOptions options, TimeProvider time, Func<CancellationToken, Task<bool>>? stillAllowed = null)
    {
        _time = time;
        _opened = _lastCheck = time.GetTimestamp();
        _stillAllowed = stillAllowed;
        Heartbeat = options.HeartbeatInterval;
        ReconnectInterval = options.ReconnectInterval;
        Lifetime = options.MaxStreamLifetime;
        RecheckInterval = options.StaffRecheckInterval;
    }

    public TimeSpan Heartbeat { get; }

    /// <summary>The SSE <c>retry:</c> the stream tells its client (<see cref="LiveOptions.ReconnectInterval"/>).</summary>
    public TimeSpan ReconnectInterval { get; }

    public TimeSpan Lifetime { get; }

    public TimeSpan RecheckInterval { get; }

    /// <summary>How long to wait for events before looking again: the heartbeat, or sooner when the stream is due to end or be re-checked.</summary>
    public TimeSpan NextWait()
    {
        var left = Lifetime - _time.GetElapsedTime(_opened);
        var wait = left < Heartbeat ? left : Heartbeat;
        if (_stillAllowed is not null)
        {
            var untilCheck = RecheckInterval - _time.GetElapsedTime(_lastCheck);
            wait = untilCheck < wait ? untilCheck : wait;
        }

        return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>False once the stream has lived its lifetime or its user may no longer receive it.</summary>
    public async Task<bool> StillOpenAsync(CancellationToken cancellationToken)
    {
        if (_time.GetElapsedTime(_opened) >= Lifetime)
        {
            return false;
        }

        if (_stillAllowed is null || _time.GetElapsedTime(_lastCheck) < RecheckInterval)
        {
            return true;
        }

        _lastCheck = _time.GetTimestamp();
        return await _stillAllowed(cancellationToken);
    }
}
