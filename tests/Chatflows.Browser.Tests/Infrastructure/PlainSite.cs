using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Browser.Tests.Infrastructure;

/// <summary>
/// Another website on its own 127.0.0.1 port (so another origin than the Chatflows host): it serves the
/// HTML pages a test puts on it, with the headers the test asks for, e.g. a page with the embed snippet.
/// </summary>
public sealed class PlainSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Html, IReadOnlyDictionary<string, string> Headers)> _pages = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public Uri Origin { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(async context =>
        {
            if (!_pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
            {
                // Browsers ask for a favicon on their own; a 404 would show up as a console error in the tests.
                context.Response.StatusCode = context.Request.Path == "/favicon.ico" ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
                return;
            }

            foreach (var (name, value) in page.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page.Html);
        });
        await _app.StartAsync();
        Origin = new Uri(_app.Urls.First());
    }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/>.</summary>
    public Uri Serve(string path, string html, IReadOnlyDictionary<string, string>? headers = null)
    {
        _pages[path] = (html, headers ?? new Dictionary<string, string>());
        return new Uri(Origin, path);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
