namespace Chatflows.SampleData;

/// <summary>
/// The module's clock, which the sample seeder can set to a moment in the past for the code running on its
/// own async flow only: the conversations it writes through the real services then carry the dates of the
/// weeks before, and analytics count them on those days. Every other flow sees the inner clock untouched.
/// </summary>
public sealed class SampleClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<Shift?> Current = new();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + (Current.Value?.Offset ?? TimeSpan.Zero);

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Makes "now" <paramref name="moment"/> on this async flow until the scope is disposed.</summary>
    public IDisposable At(DateTimeOffset moment)
    {
        var previous = Current.Value;
        var shift = new Shift { Offset = moment - inner.GetUtcNow() };
        Current.Value = shift;
        return new Restore(shift, previous);
    }

    // A box rather than the offset itself: a timer or task started inside the scope captures the flow, and
    // clearing the box when the scope ends puts that captured flow back on the real time too.
    private sealed class Shift
    {
        public TimeSpan? Offset { get; set; }
    }

    private sealed class Restore(Shift shift, Shift? previous) : IDisposable
    {
        public void Dispose()
        {
            shift.Offset = null;
            Current.Value = previous;
        }
    }
}
