using Microsoft.AspNetCore.WebUtilities;

namespace Chatflows.Visitors;

/// <summary>A page address as it may be stored: no fragment, only the query parameters the site chose to keep.</summary>
public static class PageAddress
{
    /// <summary>The cleaned address; null for none or for text that is not an absolute http(s) address.</summary>
    public static string? Clean(string? url, IReadOnlyCollection<string> keptParameters)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var kept = QueryHelpers.ParseQuery(uri.Query)
            .Where(p => keptParameters.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), kept);
    }
}
