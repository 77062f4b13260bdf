using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Chatflows.Security;

/// <summary>
/// Strict headers on the module's own pages and API; the site's pages only get a policy when the site
/// configures one, because the site, not the module, knows what its pages load.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<ChatflowsOptions> options)
{
    public const string ModulePolicy =
        "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (IsModulePath(context.Request.Path))
        {
            headers.ContentSecurityPolicy = ModulePolicy;
            headers.XFrameOptions = "DENY";
        }
        else if (options.Value.Security.SiteContentSecurityPolicy is { Length: > 0 } sitePolicy)
        {
            headers.ContentSecurityPolicy = sitePolicy;
        }

        return next(context);
    }

    private static bool IsModulePath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/chatflows") || path.StartsWithSegments("/health");
}
