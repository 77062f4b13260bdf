using System.Net;
using System.Net.Sockets;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// An HTTP client whose connections leave from a loopback address of the test's choosing (127.0.0.2, 127.0.0.3, …:
/// all of 127.0.0.0/8 is the local machine), so one test machine plays clients at different addresses on real sockets.
/// </summary>
public static class LoopbackClient
{
    /// <param name="cookies">Keep cookies, as a signed-in browser does.</param>
    public static HttpClient Create(IPAddress from, Uri baseAddress, bool cookies = false) => new(new SocketsHttpHandler
    {
        UseCookies = cookies,
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };
}
