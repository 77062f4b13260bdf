using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Visitors;

/// <summary>
/// Signs (and encrypts) the visitor id the server hands out, with the site's data-protection keys, so every
/// node accepts it and a client cannot make one up: per-visitor limits and the open-conversations cap then
/// key on an id the server issued, and a visitor who wants a fresh id must start without one, which the
/// per-address limits bound (issue 17).
/// </summary>
public sealed class VisitorIdProtector(IDataProtectionProvider protection)
{
    /// <summary>Longer than any issued token; longer values are refused unread.</summary>
    public const int MaxTokenLength = 512;

    private readonly IDataProtector _protector = protection.CreateProtector("Chatflows.Visitors.VisitorId.v1");

    /// <summary>The token the widget sends back as <c>X-Chatflows-Visitor</c> and the cookie holds.</summary>
    public string Issue(string visitorId) => _protector.Protect(visitorId);

    /// <returns>The visitor id inside a genuine token; null for anything this site did not issue.</returns>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var visitorId = _protector.Unprotect(token);
            return VisitorIds.IsWellFormed(visitorId) ? visitorId : null;
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
