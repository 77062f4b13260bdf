using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Visitors;

/// <summary>
/// The anonymous visitor id: 128 random bits, held by the page (header <c>X-Chatflows-Visitor</c>) and,
/// only after cookie consent (O6), in a first-party HttpOnly cookie. It is the visitor's key to their
/// own conversations, so it is never guessable and never logged.
/// </summary>
public static partial class VisitorIds
{
    public const string HeaderName = "X-Chatflows-Visitor";
    public const string CookieName = "chatflows_vid";

    /// <summary>The id the request carries (header first, then cookie), or null when it has none or a malformed one.</summary>
    public static string? Read(HttpContext context)
    {
        var value = context.Request.Headers[HeaderName].ToString();
        if (value.Length == 0)
        {
            value = context.Request.Cookies[CookieName] ?? "";
        }

        return IsWellFormed(value) ? value : null;
    }

    /// <summary>True for a value of the id's shape (22 base64url characters), wherever it arrived from.</summary>
    public static bool IsWellFormed(string? value) => value is not null && Shape().IsMatch(value);

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Keeps the id in a cookie; call only when the visitor consented to chat cookies.</summary>
    public static void Remember(HttpContext context, string visitorId) =>
        context.Response.Cookies.Append(CookieName, visitorId, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = false,
            MaxAge = TimeSpan.FromDays(180),
            Path = "/",
        });

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex Shape();
}
