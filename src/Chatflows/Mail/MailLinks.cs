using Chatflows.Security;

namespace Chatflows.Mail;

/// <summary>
/// Absolute addresses for links in mail. They are fixed when the mail is put in the outbox, because the
/// worker has no request: the site's configured public address (<see cref="SiteAddress"/>), else the request
/// that caused the mail.
/// </summary>
public sealed class MailLinks(SiteAddress site)
{
    /// <summary>The site's base address without a trailing slash, e.g. <c>https://www.example.com</c>.</summary>
    public string BaseUrl => site.BaseUrl;

    /// <summary>The host name alone (for calendar UIDs, as the invitation download uses).</summary>
    public string HostName => site.HostName;

    public string Absolute(string path) => site.Absolute(path);
}
