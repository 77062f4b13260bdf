namespace Chatflows.Visitors.Contracts;

/// <param name="When"><c>beforeChat</c> or <c>onExitIntent</c>.</param>
public sealed record WidgetCookieConsent(bool Enabled, string When, string Text);
