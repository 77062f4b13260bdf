using Chatflows.Mail;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Chatflows.Security;

/// <summary>
/// The site's address for absolute links the module writes: the configured <see cref="SiteOptions.PublicAddress"/>
/// (or the older <see cref="MailOptions.PublicUrl"/>), and only when neither is set the current request's.
/// </summary>
public sealed class SiteAddress(IOptionsMonitor<SiteOptions> site, IOptionsMonitor<MailOptions> mail, IHttpContextAccessor accessor)
{
    /// <summary>True when the address comes from configuration rather than from a request's Host header.</summary>
    public bool IsConfigured => Configured is not null;

    /// <summary>The base address without a trailing slash, e.g. <c>https://www.example.com</c>.</summary>
    public string BaseUrl => Configured
        ?? (accessor.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "http://localhost");

    /// <summary>The host name alone (calendar UIDs).</summary>
    public string HostName => new Uri(BaseUrl).Host;

    public string Absolute(string path) => BaseUrl + path;

    private string? Configured =>
        site.CurrentValue.PublicAddress is { Length: > 0 } address ? address.Trim().TrimEnd('/')
        : mail.CurrentValue.PublicUrl is { Length: > 0 } legacy ? legacy.Trim().TrimEnd('/')
        : null;
}
