namespace Chatflows.Widget;

/// <summary>Bound from <c>Chatflows:Widget</c>: where the module puts the widget's loader into the site's pages.</summary>
public sealed class WidgetInjectionOptions
{
    /// <summary>Whether the site's own HTML pages get the loader tag where a chatflow targets them. Default true.</summary>
    public bool InjectIntoPages { get; set; } = true;

    /// <summary>
    /// Path prefixes that never get the loader, whatever targeting says. Default the module's own pages
    /// and endpoints: <c>/admin</c>, <c>/chatflows</c>, <c>/health</c>, <c>/openapi</c>.
    /// </summary>
    public IList<string> ExcludedPaths { get; set; } = ["/admin", "/chatflows", "/health", "/openapi"];

    /// <summary>
    /// Whether a chat the visitor started carries on across the pages and reloads of one tab, kept in the tab's
    /// session storage (docs/privacy.md). Default true; false keeps nothing in the browser without cookie consent.
    /// </summary>
    public bool SessionContinuity { get; set; } = true;
}
