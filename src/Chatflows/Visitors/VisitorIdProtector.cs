using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Visitors;

/// <summary>
/// Signs (and encrypts) the visitor id the server hands out, with the site's data-protection keys, so every
/// node accepts it and a client cannot make one up: per-visitor limits and the open-conversations cap then
/// key on an id the server issued, and a visitor who wants a fresh id must start without one, which the
/// per-address limits bound (issue 17).
/// </summary>
public sealed class VisitorIdProtector(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>Longer than any issued token; longer values are refused unread.</summary>
    public const int MaxTokenLength = 512;

    private readonly IDataProtector _protector = protection.CreateProtector("Chatflows.Visitors.VisitorId.v1");

    // Only genuine tokens are remembered: a made-up one is unprotected (and refused) every time it is sent.
    private readonly Security.RecentTokens<string, string> _genuine = new(time, TimeSpan.FromMinutes(10));

    /// <summary>The token the widget sends back as <c>X-Chatflows-Visitor</c> and the cookie holds.</summary>
    public string Issue(string visitorId) => _protector.Protect(visitorId);

    /// <returns>The visitor id inside a genuine token; null for anything this site did not issue.</returns>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        if (_genuine.TryGet(token, out var known))
        {
            return known;
        }

        try
        {
            var visitorId = _protector.Unprotect(token);
            if (!VisitorIds.IsWellFormed(visitorId))
            {
                return null;
            }

            _genuine.Remember(token, visitorId);
            return visitorId;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
