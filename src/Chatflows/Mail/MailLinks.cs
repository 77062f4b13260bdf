using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Chatflows.Mail;

/// <summary>
/// Absolute addresses for links in mail. They are fixed when the mail is put in the outbox, because the
/// worker has no request: <see cref="MailOptions.PublicUrl"/> when set, else the request that caused the mail.
/// </summary>
public sealed class MailLinks(IOptionsMonitor<MailOptions> options, IHttpContextAccessor accessor)
{
    /// <summary>The site's base address without a trailing slash, e.g. <c>https://www.example.com</c>.</summary>
    public string BaseUrl
    {
        get
        {
            if (options.CurrentValue.PublicUrl is { Length: > 0 } configured)
            {
                return configured.TrimEnd('/');
            }

            return accessor.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "http://localhost";
        }
    }

    /// <summary>The host name alone (for calendar UIDs, as the invitation download uses).</summary>
    public string HostName => new Uri(BaseUrl).Host;

    public string Absolute(string path) => BaseUrl + path;
}
