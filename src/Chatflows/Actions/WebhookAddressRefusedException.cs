namespace Chatflows.Actions;

/// <summary>The webhook's host resolved to an address it may not reach (loopback, private, link-local, …).</summary>
public sealed class WebhookAddressRefusedException(string message) : HttpRequestException(message);
