using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Chatflows.Actions;

/// <summary>
/// The webhook client's connection rule, applied when the socket connects rather than when the URL is checked:
/// the host name is resolved here, every address it resolves to is judged, and the socket goes only to those
/// addresses. A name that passed the allow-list and is then re-pointed at 127.0.0.1 or 169.254.169.254
/// (DNS rebinding) is refused at this step.
/// </summary>
public sealed class WebhookConnector(IOptionsMonitor<WebhookOptions> options)
{
    /// <summary>The handler the webhook client uses: no proxy (it would connect for us), no redirects, no cookies, this connect rule.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false, // a redirect must not escape the allow-list
        UseProxy = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.TimeoutSeconds)),
        // Fresh connections re-resolve and are judged again; a pooled one keeps the address it was judged on.
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = ConnectAsync,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"The webhook host {endPoint.Host} has no address.");
        }

        // Every address is judged, not only the first: a name answering with one public and one private
        // address could otherwise reach the private one on a later connection.
        if (!options.CurrentValue.AllowPrivateNetworks && addresses.FirstOrDefault(BlockedAddresses.IsBlocked) is { } blocked)
        {
            throw new WebhookAddressRefusedException($"The webhook host {endPoint.Host} resolves to {blocked}, which is not a public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
