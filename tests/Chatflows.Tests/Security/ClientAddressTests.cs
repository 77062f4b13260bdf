using System.Net;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Security;

public sealed class ClientAddressTests
{
    [Fact]
    public void Addresses_in_one_IPv6_64_share_a_key_and_other_64s_do_not()
    {
        var first = ClientAddress.Key(Request("2001:db8:1:2::1"));
        var sameHost = ClientAddress.Key(Request("2001:db8:1:2:ffff:ffff:ffff:fffe"));
        var otherNetwork = ClientAddress.Key(Request("2001:db8:1:3::1"));

        Assert.Equal("2001:db8:1:2::/64", first);
        Assert.Equal(first, sameHost);
        Assert.NotEqual(first, otherNetwork);
    }

    [Fact]
    public void An_IPv4_mapped_address_counts_as_its_IPv4_address()
    {
        var mapped = ClientAddress.Key(Request("::ffff:203.0.113.7"));

        Assert.Equal("203.0.113.7", mapped);
    }

    [Fact]
    public void Forwarded_for_from_an_unknown_sender_is_ignored()
    {
        var key = ClientAddress.Key(Request("203.0.113.7", forwardedFor: "198.51.100.1"));

        Assert.Equal("203.0.113.7", key);
    }

    [Fact]
    public void Forwarded_for_from_a_known_proxy_names_the_client_behind_it()
    {
        var first = ClientAddress.Key(Request("10.0.0.5", forwardedFor: "198.51.100.1", proxies: ["10.0.0.5"]));
        var second = ClientAddress.Key(Request("10.0.0.5", forwardedFor: "198.51.100.2", proxies: ["10.0.0.5"]));

        Assert.Equal("198.51.100.1", first);
        Assert.Equal("198.51.100.2", second);
    }

    [Fact]
    public void A_client_cannot_pick_its_address_by_writing_the_header_before_the_proxy()
    {
        // The client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the address it really saw.
        var key = ClientAddress.Key(Request("10.0.0.5", forwardedFor: "192.0.2.99, 198.51.100.1", proxies: ["10.0.0.5"]));

        Assert.Equal("198.51.100.1", key);
    }

    [Fact]
    public void Forwarded_for_from_a_known_proxy_network_names_the_client_and_from_outside_it_is_ignored()
    {
        var inside = ClientAddress.Key(Request("10.0.1.17", forwardedFor: "198.51.100.1", networks: ["10.0.1.0/24"]));
        var outside = ClientAddress.Key(Request("10.0.2.17", forwardedFor: "198.51.100.1", networks: ["10.0.1.0/24"]));
        var hopsInside = ClientAddress.Key(Request("10.0.1.17", forwardedFor: "192.0.2.99, 198.51.100.2, 10.0.1.9", networks: ["10.0.1.0/24"]));

        Assert.Equal("198.51.100.1", inside);
        Assert.Equal("10.0.2.17", outside);
        Assert.Equal("198.51.100.2", hopsInside);
    }

    [Theory]
    [InlineData("Chatflows:Network:KnownProxies:0", "10.0.0.300")]
    [InlineData("Chatflows:Network:KnownNetworks:0", "10.0.0.0/33")]
    public async Task A_proxy_that_is_not_an_address_or_network_stops_the_start_with_a_reason(string key, string value)
    {
        var start = ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("Chatflows:Network:KnownProxies", error.Message, StringComparison.Ordinal);
    }

    private static DefaultHttpContext Request(string remote, string? forwardedFor = null, List<string>? proxies = null, List<string>? networks = null)
    {
        var services = new ServiceCollection();
        services.AddOptions<NetworkOptions>().Configure(o => (o.KnownProxies, o.KnownNetworks) = (proxies ?? [], networks ?? []));
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        return context;
    }
}
