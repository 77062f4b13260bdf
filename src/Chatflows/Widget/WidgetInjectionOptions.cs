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
}
