namespace Chatflows.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for rules about elapsed time (no waiting, no timed assertions).</summary>
public sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
