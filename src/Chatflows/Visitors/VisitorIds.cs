using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>
/// The anonymous visitor id: 128 random bits, stored with the visitor's rows. On the wire it travels only as
/// a token the server signed (<see cref="VisitorIdProtector"/>), held by the page (header
/// <c>X-Chatflows-Visitor</c>, the tab's session storage once a chat started) and, only after cookie
/// consent (O6), in a first-party HttpOnly cookie. It is the visitor's key to their own conversations, so it
/// is never guessable, never made up by the client and never logged.
/// </summary>
public static partial class VisitorIds
{
    public const string HeaderName = "X-Chatflows-Visitor";
    public const string CookieName = "chatflows_vid";

    private static readonly object Verified = new();

    /// <summary>
    /// The visitor id of the signed token the request carries (header first, then cookie), or null when it
    /// has none or one this site did not issue. A made-up header is refused before any endpoint runs
    /// (<see cref="VisitorIdCheck"/>); a cookie that is no longer genuine is ignored and cleared.
    /// </summary>
    public static string? Read(HttpContext context)
    {
        if (context.Items.TryGetValue(Verified, out var cached))
        {
            return (string?)cached;
        }

        var protector = context.RequestServices.GetRequiredService<VisitorIdProtector>();
        var header = context.Request.Headers[HeaderName].ToString();
        var visitorId = header.Length > 0 ? protector.Read(header) : protector.Read(context.Request.Cookies[CookieName]);
        context.Items[Verified] = visitorId;
        return visitorId;
    }

    /// <summary>True when the request sends a visitor header that this site did not issue.</summary>
    public static bool HasForgedHeader(HttpContext context) =>
        context.Request.Headers[HeaderName].ToString().Length > 0 && Read(context) is null;

    /// <summary>True for a value of the raw id's shape (22 base64url characters).</summary>
    public static bool IsWellFormed(string? value) => value is not null && Shape().IsMatch(value);

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The signed token for <paramref name="visitorId"/>: what responses hand to the widget. The token the
    /// request presented is handed back as it is, which spares signing one on every turn.
    /// </summary>
    public static string Issue(HttpContext context, string visitorId)
    {
        if (Read(context) == visitorId)
        {
            var header = context.Request.Headers[HeaderName].ToString();
            return header.Length > 0 ? header : context.Request.Cookies[CookieName]!;
        }

        return context.RequestServices.GetRequiredService<VisitorIdProtector>().Issue(visitorId);
    }

    /// <summary>Keeps the signed id in a cookie; call only when the visitor consented to chat cookies.</summary>
    public static void Remember(HttpContext context, string visitorId) =>
        context.Response.Cookies.Append(CookieName, Issue(context, visitorId), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = false,
            MaxAge = TimeSpan.FromDays(180),
            Path = "/",
        });

    /// <summary>Clears a cookie whose token this site no longer accepts, so the browser stops sending it.</summary>
    public static void ForgetStaleCookie(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(CookieName) && context.Request.Headers[HeaderName].Count == 0 && Read(context) is null)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex Shape();
}
