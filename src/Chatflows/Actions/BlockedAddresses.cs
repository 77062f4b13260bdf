using System.Net;
using System.Net.Sockets;

namespace Chatflows.Actions;

/// <summary>
/// Addresses a webhook must never reach unless private networks are allowed: everything that is not a
/// public unicast address. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo)
/// are judged by that IPv4 address, so <c>[::ffff:127.0.0.1]</c> is loopback too.
/// </summary>
public static class BlockedAddresses
{
    private static readonly (IPAddress Network, int Bits)[] V4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.88.99.0"), 24),   // 6to4 relay
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, broadcast
    ];

    private static readonly (IPAddress Network, int Bits)[] V6 =
    [
        (IPAddress.Parse("::"), 128),           // unspecified
        (IPAddress.Parse("::1"), 128),          // loopback
        (IPAddress.Parse("100::"), 64),         // discard
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated, still routed by some)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    /// <summary>True when <paramref name="address"/> is not a public unicast address.</summary>
    public static bool IsBlocked(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return V4.Any(range => InRange(address, range.Network, range.Bits));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (EmbeddedV4(address) is { } v4)
        {
            return IsBlocked(v4);
        }

        return V6.Any(range => InRange(address, range.Network, range.Bits));
    }

    private static IPAddress? EmbeddedV4(IPAddress v6)
    {
        var bytes = v6.GetAddressBytes();
        if (v6.IsIPv4MappedToIPv6 || (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !v6.Equals(IPAddress.IPv6Loopback) && !v6.Equals(IPAddress.IPv6Any)))
        {
            return new IPAddress(bytes.AsSpan(12, 4)); // ::ffff:a.b.c.d and the old ::a.b.c.d
        }

        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b)
        {
            return new IPAddress(bytes.AsSpan(12, 4)); // NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48)
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return new IPAddress(bytes.AsSpan(2, 4)); // 6to4 2002:a.b.c.d::/48
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x00 && bytes[3] == 0x00)
        {
            var client = bytes.AsSpan(12, 4).ToArray();
            for (var i = 0; i < client.Length; i++)
            {
                client[i] ^= 0xff; // Teredo 2001::/32 carries the client's address inverted
            }

            return new IPAddress(client);
        }

        return null;
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length)
        {
            return false;
        }

        var whole = bits / 8;
        if (!a.AsSpan(0, whole).SequenceEqual(n.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = bits % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xff << (8 - rest));
        return (a[whole] & mask) == (n[whole] & mask);
    }
}
