using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Live;

/// <summary>
/// A visitor's pass to one conversation's event stream. <c>EventSource</c> cannot send the visitor header,
/// and a visitor id in a URL would end up in proxy and server logs, where anyone reading them could act as
/// that visitor. The token only opens this conversation's stream, only to read, and only for a day; it is
/// signed and encrypted with the site's data-protection keys, so every node of a site accepts it.
/// </summary>
internal sealed class StreamTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Chatflows.Live.StreamToken.v1").ToTimeLimitedDataProtector();

    // Every answer to a visitor carries a token; within an hour of issuing one the same is handed out again, so a
    // token always has at least 23 of its 24 hours left and a chatty visitor costs one protect an hour.
    private readonly Security.RecentTokens<(string, string), string> _issued = new(clock, TimeSpan.FromHours(1));

    public string Issue(string conversationId, string visitorId)
    {
        if (_issued.TryGet((conversationId, visitorId), out var token))
        {
            return token;
        }

        token = _protector.Protect($"{conversationId}\n{visitorId}", clock.GetUtcNow().Add(Lifetime));
        _issued.Remember((conversationId, visitorId), token);
        return token;
    }

    /// <returns>The visitor the token was issued to, when it is genuine, unexpired and for this conversation.</returns>
    public string? Read(string? token, string conversationId)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token, out var expires).Split('\n');
            return parts.Length == 2 && parts[0] == conversationId && expires > clock.GetUtcNow() ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
