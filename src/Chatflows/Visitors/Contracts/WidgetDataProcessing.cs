namespace Chatflows.Visitors.Contracts;

/// <param name="Type"><c>explicit</c> or <c>legitimateInterest</c>.</param>
public sealed record WidgetDataProcessing(bool Enabled, string Type, string Text, string? PrivacyPolicyUrl);
