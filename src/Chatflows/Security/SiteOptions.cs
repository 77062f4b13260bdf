namespace Chatflows.Security;

/// <summary>Bound from <c>Chatflows:Site</c>: what the module needs to know about the site it is a guest in.</summary>
public sealed class SiteOptions
{
    /// <summary>
    /// The site's public address, e.g. <c>https://www.example.com</c> (a path base such as
    /// <c>https://example.com/shop</c> is kept). Used wherever the module writes an absolute address that leaves the
    /// request: the embed snippet, <c>.ics</c> invitations and links in mail. The request's <c>Host</c> header is
    /// written by the client, so without this setting a crafted request can put another host into them; outside
    /// Development the module warns at start when it is missing. Checked at start: an absolute http(s) address
    /// without user name, query or fragment. Default: none (the request's address; <c>Chatflows:Mail:PublicUrl</c>
    /// is read as an older name for this setting).
    /// </summary>
    public string? PublicAddress { get; set; }

    /// <summary>Why <paramref name="address"/> cannot be the public address; null when it can.</summary>
    public static string? Problem(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        return Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"Chatflows:Site:PublicAddress \"{address}\" is not a site address such as https://www.example.com.";
    }
}
