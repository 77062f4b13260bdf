using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors.Identification;

/// <summary>
/// Trusts a token only when its signature is right, it is for this site's audience, it has not expired and it was
/// not first used by another visitor; anything else is logged and ignored.
/// </summary>
public sealed partial class IdentityTokenVerifier(
    IOptionsMonitor<IdentificationOptions> options, IdentityTokenUses uses, TimeProvider time, ILogger<IdentityTokenVerifier> logger)
{
    /// <summary>
    /// The identity in a trusted token, or null. With a <paramref name="visitorId"/> the token is bound to that visitor
    /// (its first use) or refused when another visitor holds it; without one (a page load before any conversation) it
    /// is only read, and trusted while no visitor holds it.
    /// </summary>
    public VisitorIdentity? Verify(string? token, string? visitorId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var current = options.CurrentValue;
        if (string.IsNullOrEmpty(current.Secret))
        {
            LogNoSecret(logger);
            return null;
        }

        var identity = IdentityTokens.ReadVerified(current.Secret, token);
        if (identity is null)
        {
            LogForged(logger);
            return null;
        }

        var now = time.GetUtcNow();
        if (identity.Expires <= now.ToUnixTimeSeconds() || identity.Expires > now.Add(current.MaxLifetime).ToUnixTimeSeconds()
            || !identity.Email.Contains('@', StringComparison.Ordinal) || identity.Email.Length > 256)
        {
            LogExpired(logger);
            return null;
        }

        if (!string.Equals(identity.Audience, current.Audience, StringComparison.Ordinal) || identity.TokenId is not { Length: > 0 and <= 128 })
        {
            LogWrongAudience(logger);
            return null;
        }

        if (visitorId is null ? !uses.IsUnclaimed(identity.TokenId) : !uses.TryUse(identity.TokenId, visitorId, identity.Expires))
        {
            LogReplayed(logger);
            return null;
        }

        return identity;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A visitor identification token for another audience, or without a token id (jti), was ignored")]
    private static partial void LogWrongAudience(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A visitor identification token already used by another visitor was ignored (a replay)")]
    private static partial void LogReplayed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A visitor identification token was sent but Chatflows:Identification:Secret is not set; it was ignored")]
    private static partial void LogNoSecret(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A visitor identification token with a wrong signature was ignored")]
    private static partial void LogForged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An expired, too long-lived or malformed visitor identification token was ignored")]
    private static partial void LogExpired(ILogger logger);
}
