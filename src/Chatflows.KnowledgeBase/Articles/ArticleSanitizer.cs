using AngleSharp.Dom;
using Ganss.Xss;

namespace Chatflows.KnowledgeBase.Articles;

/// <summary>
/// The allow-list for article HTML (K1): text structure, links, tables and images, nothing that can run
/// script. Anything not listed is removed, whatever produced the HTML.
/// </summary>
internal static class ArticleSanitizer
{
    private static readonly HtmlSanitizerOptions Options = new()
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote", "a",
            "table", "thead", "tbody", "tr", "th", "td", "img",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title" },
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
    };

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(Options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            if (element.LocalName == "a")
            {
                // Links may lead off the site; the opened page must not reach back through window.opener.
                element.SetAttribute("rel", "noopener");
            }
            else if (element.LocalName == "img" && !IsHttpsOrRelative(element.GetAttribute("src")))
            {
                // Images load without a click, so mixed content (http:) and mail links are not allowed.
                element.Remove();
            }
        };
        return sanitizer;
    }

    private static bool IsHttpsOrRelative(string? src) =>
        src is { Length: > 0 } && (src.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal))
            || !src.Contains(':', StringComparison.Ordinal));
}
