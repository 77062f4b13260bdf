namespace Chatflows.Actions;

/// <summary>Bound from <c>Chatflows:Webhooks</c>: where the webhook action may post, and how it signs.</summary>
public sealed class WebhookOptions
{
    /// <summary>Hosts (<c>hooks.example.com</c> or <c>host:port</c>) the action may call. Default: none, so no webhook runs until a site allows one.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Key for the HMAC-SHA256 signature of each request. Default: none; webhooks refuse to run without it.</summary>
    public string? Secret { get; set; }

    /// <summary>How long to wait for the receiver. Default: 5 seconds.</summary>
    public int TimeoutSeconds { get; set; } = 5;
}
