using System.Net;
using System.Text.RegularExpressions;

namespace Chatflows.Tests.Infrastructure;

/// <summary>The antiforgery token a page's form carries, read the one way every test reads it.</summary>
public static partial class Antiforgery
{
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>The token as a browser posts it (HTML-decoded); the test fails when the page has none.</summary>
    public static string TokenOf(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
