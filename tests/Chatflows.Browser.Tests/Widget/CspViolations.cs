using Microsoft.Playwright;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>Collects the page's Content-Security-Policy violations (the <c>securitypolicyviolation</c> events).</summary>
internal static class CspViolations
{
    /// <summary>Call before navigating: the listener is added through DevTools, which the page's own policy does not restrict.</summary>
    public static Task WatchAsync(IPage page) => page.Context.AddInitScriptAsync("""
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
          (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`), true);
        """);

    public static Task<string[]> ReadAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__cspViolations");
}
