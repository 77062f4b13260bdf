namespace Chatflows.Security;

/// <summary>Bound from <c>Chatflows:Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Content-Security-Policy for the host site's own pages. Default: none, because the site owns
    /// its pages; the module's admin and API always get a strict policy of their own. A <c>{nonce}</c> in it
    /// becomes a fresh random nonce per answer (for example <c>script-src 'self' 'nonce-{nonce}'</c>), which the
    /// widget's injected bootstrap then carries; the site's own inline scripts find it in
    /// <c>HttpContext.Items["csp-nonce"]</c>.
    /// </summary>
    public string? SiteContentSecurityPolicy { get; set; }
}
