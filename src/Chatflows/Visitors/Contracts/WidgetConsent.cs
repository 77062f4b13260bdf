namespace Chatflows.Visitors.Contracts;

/// <summary>The consent questions (O6, O7) with the texts the visitor sees.</summary>
/// <param name="Version">Short hash of the texts; sent back with each answer so the server knows which text was agreed to.</param>
public sealed record WidgetConsent(WidgetCookieConsent Cookies, WidgetDataProcessing DataProcessing, string Version);
