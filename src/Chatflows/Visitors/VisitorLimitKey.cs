namespace Chatflows.Visitors;

/// <summary>What a visitor rate limit counts by.</summary>
internal enum VisitorLimitKey
{
    /// <summary>The client address (IPv4, or the IPv6 /64), see <see cref="Security.ClientAddress"/>.</summary>
    Address,

    /// <summary>The signed visitor id; a request without one counts by its address.</summary>
    Visitor,

    /// <summary>Like <see cref="Visitor"/>, or the stream token's visitor, since <c>EventSource</c> cannot send the header.</summary>
    StreamVisitor,
}
