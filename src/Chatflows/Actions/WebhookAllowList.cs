namespace Chatflows.Actions;

/// <summary>How one entry of <see cref="WebhookOptions.AllowedHosts"/> matches a URL: scheme, host and port, all three.</summary>
internal static class WebhookAllowList
{
    public static bool Matches(string entry, Uri url)
    {
        entry = entry.Trim();
        if (entry.Length == 0)
        {
            return false;
        }

        // "hooks.example.com:8443" parses as a URI with the scheme "hooks.example.com"; only "://" marks an origin.
        var origin = entry.Contains("://", StringComparison.Ordinal);
        if (!Uri.TryCreate(origin ? entry : $"{url.Scheme}://{entry}", UriKind.Absolute, out var allowed)
            || allowed.AbsolutePath is not "/" || allowed.Query.Length > 0 || allowed.UserInfo.Length > 0)
        {
            return false;
        }

        return string.Equals(allowed.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(allowed.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase)
            && allowed.Port == url.Port;
    }
}
