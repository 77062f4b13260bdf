namespace Chatflows.Visitors.Identification;

/// <summary>Bound from <c>Chatflows:Identification</c> (O10).</summary>
public sealed class IdentificationOptions
{
    /// <summary>Least length of <see cref="Secret"/>: 32 characters, checked at start.</summary>
    public const int MinSecretLength = 32;

    /// <summary>
    /// Shared secret the site signs visitor tokens with (HMAC-SHA256), at least 32 characters (the start fails
    /// otherwise). Default: none, so no token is trusted.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The <c>aud</c> a token must carry. Default <c>chatflows</c>.</summary>
    public string Audience { get; set; } = IdentityTokens.DefaultAudience;

    /// <summary>Longest accepted token lifetime, whatever its <c>exp</c> says. Default: 24 hours.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(24);
}
