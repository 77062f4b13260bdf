using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// A page parsed as a browser parses it (AngleSharp), for tests of a page's structure: they ask for elements, cells
/// and options, not for the exact bytes Razor happened to write. Tests that hostile text arrives inert still look
/// at the raw HTML, since that is what a browser receives.
/// </summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The trimmed text of every element the selector matches, in document order.</summary>
    public static IReadOnlyList<string> Texts(this IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>Each table row as its cells' trimmed texts joined with " | ".</summary>
    public static IReadOnlyList<string> Rows(this IDocument page, string selector = "tr") =>
        page.QuerySelectorAll(selector).Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();

    /// <summary>The options the selector matches: value, text and whether the page marks it selected.</summary>
    public static IReadOnlyList<(string Value, string Text, bool Selected)> Options(this IDocument page, string selector = "option") =>
        page.QuerySelectorAll(selector).Select(o => (o.GetAttribute("value") ?? "", o.TextContent.Trim(), o.HasAttribute("selected"))).ToList();

    /// <summary>The one element the selector matches; the test fails when there is none or more than one.</summary>
    public static IElement One(this IDocument page, string selector)
    {
        var found = page.QuerySelectorAll(selector);
        Assert.True(found.Length == 1, $"Expected one element for '{selector}', found {found.Length}.");
        return found[0];
    }
}
