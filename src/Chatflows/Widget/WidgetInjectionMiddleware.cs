using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Chatflows.Core.Targeting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace Chatflows.Widget;

/// <summary>
/// Puts the widget's loader into the site's own pages where a chatflow targets them (DESIGN "The widget"):
/// right before the last <c>&lt;/body&gt;</c> of an uncompressed <c>200 text/html</c> answer to a GET.
/// Only such pages are buffered; everything else streams through untouched. Targeting runs on the server
/// with what the request tells (address, device) from cached rules, without a database query; the
/// loader asks again with what the browser knows.
/// </summary>
internal sealed partial class WidgetInjectionMiddleware(RequestDelegate next, IOptions<WidgetInjectionOptions> options, WidgetAssets assets, PageTargetingCache targeting)
{
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    // The tag for pages without a nonce is the same every time: built once per path base, not per page.
    private volatile CachedTag? _plainTag;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !options.Value.InjectIntoPages || IsExcluded(context.Request.Path))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        var capture = new HtmlCaptureStream(body, context.Response);
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (capture.Captured is not { } page)
        {
            return;
        }

        var html = page.GetBuffer().AsMemory(0, (int)page.Length);
        var at = LastBodyEnd(html.Span);
        var tag = at >= 0 && await IsTargetedAsync(context) ? ScriptTag(context) : [];
        context.Response.ContentLength = html.Length + tag.Length;
        if (tag.Length == 0)
        {
            await body.WriteAsync(html, context.RequestAborted);
            return;
        }

        await body.WriteAsync(html[..at], context.RequestAborted);
        await body.WriteAsync(tag, context.RequestAborted);
        await body.WriteAsync(html[at..], context.RequestAborted);
    }

    private bool IsExcluded(PathString path) =>
        options.Value.ExcludedPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private Task<bool> IsTargetedAsync(HttpContext context)
    {
        var request = context.Request;
        var device = request.Headers.UserAgent.ToString().Contains("Mobi", StringComparison.Ordinal) ? DeviceType.Mobile : DeviceType.Desktop;
        var key = string.Concat(device == DeviceType.Mobile ? "m|" : "d|", request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        return targeting.IsTargetedAsync(key, () => new PageVisit { Url = new Uri(request.GetEncodedUrl()), Device = device }, context.RequestAborted);
    }

    private byte[] ScriptTag(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var policy = context.Response.Headers.ContentSecurityPolicy.ToString();
        if (!policy.Contains("'nonce-", StringComparison.Ordinal) && _plainTag is { } plain && plain.PathBase == pathBase)
        {
            return plain.Tag;
        }

        var folder = $"{pathBase}/chatflows/widget/";
        var encoder = HtmlEncoder.Default;
        // A page under a nonce-based CSP only runs scripts that carry its nonce; the pattern admits only
        // base64 characters, which are safe in a quoted attribute as they are.
        var nonce = NoncePattern().Match(policy) is { Success: true } match ? $" nonce=\"{match.Groups[1].Value}\"" : "";
        var tag = Encoding.UTF8.GetBytes(
            $"<script async src=\"{encoder.Encode(folder + assets.LoaderFile)}\" data-widget=\"{encoder.Encode(folder + assets.WidgetFile)}\"{nonce}></script>");
        if (nonce.Length == 0)
        {
            _plainTag = new CachedTag(pathBase, tag);
        }

        return tag;
    }

    private static int LastBodyEnd(ReadOnlySpan<byte> html)
    {
        for (var i = html.Length - BodyEnd.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(html.Slice(i, BodyEnd.Length), BodyEnd))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record CachedTag(string PathBase, byte[] Tag);

    [GeneratedRegex("'nonce-([A-Za-z0-9+/_=-]+)'")]
    private static partial Regex NoncePattern();
}
