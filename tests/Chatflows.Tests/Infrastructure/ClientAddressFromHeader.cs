using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no sockets, so every request comes from no address. This test-only filter gives a
/// request the address named in <see cref="HeaderName"/>, so tests can play clients in different places.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string HeaderName = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[HeaderName].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await following(context);
        });
        next(app);
    };
}
