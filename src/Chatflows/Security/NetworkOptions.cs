using System.Net;

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

    /// <summary>
    /// Networks of reverse proxies in CIDR form (e.g. <c>10.0.1.0/24</c>), for load balancers whose addresses
    /// change; counted like <see cref="KnownProxies"/>. Keep it to the proxies' own subnet: a client inside it
    /// could write its own <c>X-Forwarded-For</c>. Default: none.
    /// </summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>The first entry that is not an address or a network; null when all are.</summary>
    internal string? Invalid() =>
        KnownProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _)) ?? KnownNetworks.FirstOrDefault(n => !IPNetwork.TryParse(n, out _));
}
