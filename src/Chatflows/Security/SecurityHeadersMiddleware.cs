using System.Security.Cryptography;
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

    /// <summary>Where a site page's fresh nonce is kept for the site's own inline scripts.</summary>
    public const string NonceItem = "csp-nonce";

    private const string NoncePlaceholder = "{nonce}";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (ModulePaths.IsModulePath(context.Request.Path, options.Value.Admin.Path))
        {
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ModulePolicy;
            headers.XFrameOptions = "DENY";
        }
        else if (options.Value.Security.SiteContentSecurityPolicy is { Length: > 0 } sitePolicy)
        {
            // The site asked for this policy on its own pages (Chatflows:Security:SiteContentSecurityPolicy); unset, they get nothing.
            if (sitePolicy.Contains(NoncePlaceholder, StringComparison.Ordinal))
            {
                var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
                context.Items[NonceItem] = nonce;
                sitePolicy = sitePolicy.Replace(NoncePlaceholder, nonce, StringComparison.Ordinal);
            }

            headers.ContentSecurityPolicy = sitePolicy;
        }

        return next(context);
    }
}
