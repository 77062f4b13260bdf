using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
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
internal sealed class WidgetInjectionMiddleware(
    RequestDelegate next, IOptions<WidgetInjectionOptions> options, IOptions<ChatflowsOptions> module, WidgetAssets assets, PageTargetingCache targeting,
    WidgetTagsTemplate template)
{
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    // The bootstrap and the async tag are the same for every page but for the nonce: built once per path base,
    // once for targeted pages and once for the others, where they only carry on a chat the tab started.
    private volatile WidgetTags? _tags;
    private volatile WidgetTags? _continueTags;

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
        // A visitor with the chat cookie may have a conversation going on that carries on here (issue 16); on
        // other pages no chatflow targets, a chat this tab started (its session storage) carries on too.
        var tag = at < 0 ? []
            : context.Request.Cookies.ContainsKey(Visitors.VisitorIds.CookieName) || await IsTargetedAsync(context) ? ScriptTag(context, html.Span, continueOnly: false)
            : options.Value.SessionContinuity ? ScriptTag(context, html.Span, continueOnly: true) : [];
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
        Security.ModulePaths.IsModulePath(path, module.Value.Admin.Path) || options.Value.ExcludedPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private Task<bool> IsTargetedAsync(HttpContext context)
    {
        var request = context.Request;
        var device = request.Headers.UserAgent.ToString().Contains("Mobi", StringComparison.Ordinal) ? DeviceType.Mobile : DeviceType.Desktop;
        var key = string.Concat(device == DeviceType.Mobile ? "m|" : "d|", request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        return targeting.IsTargetedAsync(key, () => new PageVisit { Url = new Uri(request.GetEncodedUrl()), Device = device }, context.RequestAborted);
    }

    private byte[] ScriptTag(HttpContext context, ReadOnlySpan<byte> html, bool continueOnly)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var tags = continueOnly
            ? _continueTags is { } kept && kept.PathBase == pathBase ? kept : _continueTags = BuildTags(pathBase, continueOnly)
            : _tags is { } cached && cached.PathBase == pathBase ? cached : _tags = BuildTags(pathBase, continueOnly);
        var policy = context.Response.Headers.ContentSecurityPolicy.ToString();
        var nonce = Nonce(policy);

        // A page that may run an inline script gets a few bytes that fetch the loader after its load event,
        // as the big messengers' snippets do: then the widget cannot delay that event at all. It is an inline
        // module with async, which waits neither for the page's style sheets (as a plain inline script would,
        // holding back the end of parsing) nor for the parser. A policy without a nonce (in a header or a meta
        // tag) forbids inline scripts, so such a page gets the async tag. The nonce admits only base64
        // characters (see Nonce), which are safe as they are in a quoted attribute and in a JavaScript string.
        if (nonce.Length > 0)
        {
            var value = Encoding.ASCII.GetBytes(nonce);
            var tag = new List<byte>();
            for (var i = 0; i < tags.NonceParts.Length; i++)
            {
                tag.AddRange(i == 0 ? [] : value);
                tag.AddRange(tags.NonceParts[i]);
            }

            return [.. tag];
        }

        return policy.Length == 0 && !HasPolicyMeta(html) ? tags.Inline : tags.Tag;
    }

    // Built once per path base from the tags template (WidgetTags.liquid): only the nonce differs between pages.
    // The bootstrap fetches the loader after the page's load event and its first contentful paint (as the
    // loader's paint.js does), so the widget is never on the path of what the page draws first; a tab that
    // holds a chat (the session storage key of continuity.js) or an address with a mail's resume link carries
    // on at once after the load event. On a page no chatflow targets, it fetches the loader only then.
    private WidgetTags BuildTags(string pathBase, bool continueOnly)
    {
        var loader = $"{pathBase}/chatflows/widget/{assets.LoaderFile}";
        var widget = $"{pathBase}/chatflows/widget/{assets.WidgetFile}";
        var js = JavaScriptEncoder.Default;
        const string Chat = "k=sessionStorage.getItem('chatflows')||location.hash.indexOf('chatflows-resume=')>=0";
        var guard = continueOnly ? $"try{{{Chat}}}catch(e){{}}if(!k)return;" : $"try{{{Chat}}}catch(e){{}}";
        var marker = continueOnly ? "s.setAttribute('data-continue-only','true');" : "";
        return template.Render(pathBase, loader, widget, continueOnly, nonce =>
            $"(function(d,n){{var k,z,P=window.PerformanceObserver;{guard}" +
            $"function l(){{var s=d.createElement('script');s.async=true;s.src='{js.Encode(loader)}';" +
            $"s.setAttribute('data-widget','{js.Encode(widget)}');{marker}if(n)s.nonce=n;d.body.appendChild(s)}}" +
            "function w(){if(z)return;z=1;if(d.readyState==='complete')setTimeout(l);else addEventListener('load',function(){setTimeout(l)})}" +
            "if(k||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)return w();" +
            "var o=new P(function(x){if(x.getEntriesByName('first-contentful-paint').length){o.disconnect();w()}});" +
            $"o.observe({{type:'paint',buffered:true}});setTimeout(w,5000)}})(document,'{nonce}')");
    }

    /// <returns>The policy's first nonce when it is plain base64, or empty.</returns>
    private static string Nonce(string policy)
    {
        var at = policy.IndexOf("'nonce-", StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var value = policy.AsSpan(at + 7);
        var end = value.IndexOf('\'');
        return end > 0 && !value[..end].ContainsAnyExcept(Base64Characters) ? value[..end].ToString() : "";
    }

    // A policy in <meta http-equiv> binds the page as a header does; any mention of one counts, to be safe.
    private static bool HasPolicyMeta(ReadOnlySpan<byte> html)
    {
        var name = "content-security-policy"u8;
        for (var i = 0; i <= html.Length - name.Length; i++)
        {
            if ((html[i] | 0x20) == 'c' && Ascii.EqualsIgnoreCase(html.Slice(i, name.Length), name))
            {
                return true;
            }
        }

        return false;
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

    private static readonly SearchValues<char> Base64Characters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=-");
}
