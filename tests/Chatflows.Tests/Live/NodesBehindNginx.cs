using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Live;

/// <summary>
/// Two nodes on real Kestrel sockets (127.0.0.1, random ports) on one PostgreSQL database and one Redis, behind
/// nginx as a round-robin load balancer. The nodes trust <c>X-Forwarded-For</c> from nginx's address only
/// (<c>Chatflows:Network:KnownProxies</c>), and let one client address start <see cref="StartsPerAddress"/>
/// conversations a minute on each node.
/// </summary>
public sealed class NodesBehindNginx : IAsyncLifetime
{
    public const int StartsPerAddress = 3;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Chatflows:Redis"] = Environment.GetEnvironmentVariable("CHATFLOWS_TEST_REDIS") ?? "127.0.0.1:6379",
        ["Chatflows:Network:KnownProxies:0"] = "127.0.0.1", // nginx connects to the nodes from here
        ["Chatflows:Limits:StartsPerMinutePerIp"] = StartsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private TestDatabase? _database;
    private readonly List<(ChatflowsFactory Host, Uri Address)> _nodes = [];

    public NginxBalancer Nginx { get; private set; } = null!;

    public IReadOnlyList<ChatflowsFactory> Nodes => [.. _nodes.Select(n => n.Host)];

    public async Task InitializeAsync()
    {
        try
        {
            _database = TestDatabase.Create(DatabaseProvider.Postgres);
            for (var i = 0; i < 2; i++) // one after the other: the first migrates and seeds the database
            {
                var host = new ChatflowsFactory(_database, settings: Settings, ownsDatabase: false);
                _nodes.Add((host, await Task.Run(host.StartKestrel)));
            }

            Nginx = await NginxBalancer.StartAsync([.. _nodes.Select(n => n.Address)]);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A client at <paramref name="from"/> that talks to the nodes through nginx.</summary>
    public HttpClient ThroughNginx(IPAddress from) => LoopbackClient.Create(from, Nginx.Address);

    /// <summary>A client at <paramref name="from"/> that talks to one node, past nginx.</summary>
    public HttpClient Direct(ChatflowsFactory node, IPAddress from) => LoopbackClient.Create(from, AddressOf(node));

    /// <summary>The node's own address, past nginx.</summary>
    public Uri AddressOf(ChatflowsFactory node) => _nodes.Single(n => n.Host == node).Address;

    /// <summary>The node that answered a response that came through nginx.</summary>
    public ChatflowsFactory AnsweredBy(HttpResponseMessage response)
    {
        var node = response.Headers.GetValues(NginxBalancer.NodeHeader).Single();
        return _nodes.Single(n => n.Address.Authority == node).Host;
    }

    public ChatflowsFactory Other(ChatflowsFactory node) => Nodes.Single(n => n != node);

    public async Task DisposeAsync()
    {
        if (Nginx is not null)
        {
            await Nginx.DisposeAsync();
        }

        foreach (var (host, _) in _nodes)
        {
            await host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
