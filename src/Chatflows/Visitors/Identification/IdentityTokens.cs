using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Chatflows.Visitors.Identification;

/// <summary>
/// Identification tokens (O10): <c>base64url(json)</c> + "." + <c>base64url(HMAC-SHA256(secret, base64url(json)))</c>,
/// the JSON being <c>{"email","name","externalId","exp","aud","jti"}</c>: <c>aud</c> names the site's Chatflows
/// (<see cref="IdentificationOptions.Audience"/>), so a token made for another service with the same secret is
/// refused, and <c>jti</c> is a random id that binds the token to the first visitor who uses it. Sites make them
/// server-side with <see cref="Create"/> (or the few lines in docs/api.md) and pass them to <c>Chatflows.identify(token)</c>.
/// </summary>
public static class IdentityTokens
{
    /// <summary>The audience a token carries unless the site configures another.</summary>
    public const string DefaultAudience = "chatflows";

    /// <summary>The header the loader sends the token in with the widget configuration request (a header, so it stays out of access logs).</summary>
    public const string HeaderName = "X-Chatflows-Identity";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Create(string secret, VisitorIdentity identity, string audience = DefaultAudience)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(
            new { email = identity.Email, name = identity.Name, externalId = identity.ExternalId, exp = identity.Expires, aud = audience, jti = id }, Json));
        return $"{payload}.{Base64Url(Sign(secret, payload))}";
    }

    /// <summary>The identity in a token whose signature is right; null for a malformed or forged one (expiry is the caller's check).</summary>
    public static VisitorIdentity? ReadVerified(string secret, string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || parts[0].Length > 4096)
        {
            return null;
        }

        byte[] signature;
        byte[] payload;
        try
        {
            signature = FromBase64Url(parts[1]);
            payload = FromBase64Url(parts[0]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(secret, parts[0])))
        {
            return null;
        }

        try
        {
            var identity = JsonSerializer.Deserialize<TokenPayload>(payload, Json);
            return identity?.Email is { Length: > 0 } email
                ? new VisitorIdentity(email, identity.Name, identity.ExternalId, identity.Exp) { Audience = identity.Aud, TokenId = identity.Jti }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Sign(string secret, string payload) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private sealed record TokenPayload(string? Email, string? Name, string? ExternalId, long Exp, string? Aud, string? Jti);
}
