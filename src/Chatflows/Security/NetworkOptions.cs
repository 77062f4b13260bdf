namespace Chatflows.Security;

/// <summary>Bound from <c>Chatflows:Network</c>: how the module tells one client's address from another's.</summary>
public sealed class NetworkOptions
{
    /// <summary>
    /// Addresses of the reverse proxies in front of the site (e.g. <c>127.0.0.1</c>, <c>10.0.0.5</c>). Only a request
    /// that arrives from one of them has its <c>X-Forwarded-For</c> read; anyone else could write that header.
    /// Default: none, so the connection's own address counts.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];
}
