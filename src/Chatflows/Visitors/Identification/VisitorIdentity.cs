namespace Chatflows.Visitors.Identification;

/// <summary>Who the site says its visitor is (O10).</summary>
/// <param name="Expires">Unix seconds after which the token is worthless.</param>
public sealed record VisitorIdentity(string Email, string? Name, string? ExternalId, long Expires);
