namespace Chatflows.Widget;

/// <summary>Bound from <c>Chatflows:Widget</c>: where the module puts the widget's loader into the site's pages.</summary>
public sealed class WidgetInjectionOptions
{
    /// <summary>Whether the site's own HTML pages get the loader tag where a chatflow targets them. Default true.</summary>
    public bool InjectIntoPages { get; set; } = true;

    /// <summary>
    /// Path prefixes that never get the loader, whatever targeting says. Default the module's own pages
    /// and endpoints: <c>/admin</c> and <c>/chatflows</c>; the admin path, wherever it is, never gets it either.
    /// </summary>
    public IList<string> ExcludedPaths { get; set; } = ["/admin", "/chatflows"];

    /// <summary>
    /// A Liquid file of the site's theme, relative to the content root, that replaces the shipped
    /// <c>WidgetTags.liquid</c> (what goes before <c>&lt;/body&gt;</c>; see that file for its variables). Default: none.
    /// </summary>
    public string? TagsTemplate { get; set; }

    /// <summary>
    /// Where visitors without JavaScript can reach you (a contact page, a <c>mailto:</c> address); the shipped
    /// template then adds a plain "Chat with us" link in a <c>&lt;noscript&gt;</c>. Default: none, no link.
    /// </summary>
    public string? NoScriptChatUrl { get; set; }

    /// <summary>
    /// Whether a chat the visitor started carries on across the pages and reloads of one tab, kept in the tab's
    /// session storage (docs/privacy.md). Default true; false keeps nothing in the browser without cookie consent.
    /// </summary>
    public bool SessionContinuity { get; set; } = true;
}
