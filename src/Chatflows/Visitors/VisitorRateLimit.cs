namespace Chatflows.Visitors;

/// <summary>
/// One visitor rate limit: so many permits per minute (or, for event streams, at once), counted by
/// <see cref="Key"/>. <see cref="AlsoPerAddress"/> adds a second, per-address bucket that must also have room:
/// a visitor id is cheap to get, so what starts things is limited per address too.
/// </summary>
internal sealed record VisitorRateLimit(
    string Name, Func<VisitorLimitsOptions, int> Permits, VisitorLimitKey Key, bool Concurrent = false, VisitorRateLimit? AlsoPerAddress = null);
