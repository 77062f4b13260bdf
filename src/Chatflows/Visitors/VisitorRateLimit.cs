namespace Chatflows.Visitors;

/// <summary>One visitor rate limit: permits per minute, counted per visitor id (or address without one) or per IP address.</summary>
internal sealed record VisitorRateLimit(string Name, Func<VisitorLimitsOptions, int> PermitsPerMinute, bool PerVisitor);
