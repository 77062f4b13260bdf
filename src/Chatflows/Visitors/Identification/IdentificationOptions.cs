namespace Chatflows.Visitors.Identification;

/// <summary>Bound from <c>Chatflows:Identification</c> (O10).</summary>
public sealed class IdentificationOptions
{
    /// <summary>Shared secret the site signs visitor tokens with (HMAC-SHA256). Default: none, so no token is trusted.</summary>
    public string? Secret { get; set; }

    /// <summary>Longest accepted token lifetime, whatever its <c>exp</c> says. Default: 24 hours.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(24);
}
