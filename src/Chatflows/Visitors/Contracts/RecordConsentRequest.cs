namespace Chatflows.Visitors.Contracts;

/// <param name="Kind"><c>cookies</c> or <c>dataProcessing</c>.</param>
/// <param name="Version">The <c>chatflow.consent.version</c> the visitor saw.</param>
public sealed record RecordConsentRequest(string? Kind, string? ChatflowId, string? Version, bool? Granted);
