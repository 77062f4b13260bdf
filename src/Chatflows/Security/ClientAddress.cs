using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Security;

/// <summary>
/// The address a per-client limit keys on. Behind a configured proxy (<see cref="NetworkOptions"/>) it is the last address in
/// <c>X-Forwarded-For</c> that is not itself a known proxy (the header's earlier entries are the client's to
/// write); an IPv6 client is its /64, since one host gets a whole /64 and can rotate through it freely.
/// </summary>
public static class ClientAddress
{
    /// <summary>The client's address as a limit key: an IPv4 address or an IPv6 /64 prefix.</summary>
    public static string Key(HttpContext context) => Prefix(Resolve(context));

    internal static IPAddress? Resolve(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        var proxies = context.RequestServices.GetRequiredService<IOptions<NetworkOptions>>().Value;
        if (remote is null || !IsProxy(remote, proxies))
        {
            return remote;
        }

        var hops = context.Request.Headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop))
            {
                return remote; // a garbled header: count the proxy itself rather than trust the rest
            }

            if (!IsProxy(hop, proxies))
            {
                return hop;
            }
        }

        return remote;
    }

    internal static string Prefix(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static bool IsProxy(IPAddress address, NetworkOptions proxies)
    {
        var normal = Normal(address);
        return proxies.KnownProxies.Any(p => IPAddress.TryParse(p, out var proxy) && Normal(proxy).Equals(normal))
            || proxies.KnownNetworks.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(normal));
    }

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
