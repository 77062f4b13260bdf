namespace Chatflows.Visitors.Identification;

/// <summary>Who the site says its visitor is (O10).</summary>
/// <param name="Expires">Unix seconds after which the token is worthless.</param>
public sealed record VisitorIdentity(string Email, string? Name, string? ExternalId, long Expires)
{
    /// <summary>Whom the token was made for (<c>aud</c>); set when read from a token.</summary>
    public string? Audience { get; init; }

    /// <summary>The token's own random id (<c>jti</c>); set when read from a token.</summary>
    public string? TokenId { get; init; }
}
