namespace Chatflows.Security;

/// <summary>Bound from <c>Chatflows:Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// Content-Security-Policy for the host site's own pages. Default: none, because the site owns
    /// its pages; the module's admin and API always get a strict policy of their own.
    /// </summary>
    public string? SiteContentSecurityPolicy { get; set; }
}
