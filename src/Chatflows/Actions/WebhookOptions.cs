namespace Chatflows.Actions;

/// <summary>Bound from <c>Chatflows:Webhooks</c>: where the webhook action may post, and how it signs.</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Where the action may post: an origin (<c>https://hooks.example.com</c>, <c>https://hooks.example.com:8443</c>)
    /// or a host with an optional port (<c>hooks.example.com</c>, <c>hooks.example.com:8443</c>). Scheme, host and
    /// port must all match; a host without a port allows only the scheme's default port. Default: none, so no webhook
    /// runs until a site allows one.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Key for the HMAC-SHA256 signature of each request. Default: none; webhooks refuse to run without it.</summary>
    public string? Secret { get; set; }

    /// <summary>How long to wait for the receiver, connecting and reading included. Default: 5 seconds.</summary>
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>The most of a receiver's answer that is read; a longer answer gives <c>Failed</c>. Default: 64 KB.</summary>
    public int MaxResponseBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Lets webhooks reach loopback, private, link-local and other non-public addresses. Default: false, so an
    /// allowed host name that resolves (or is re-pointed) to such an address is refused when connecting. Meant
    /// for development and tests only; a receiver inside the site's own network is better reached through a
    /// public address with its own access control.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
