namespace Chatflows.Core.Targeting;

/// <summary>
/// A <see cref="PageVisit"/> taken apart once per evaluation, so ranking many chatflows does not parse
/// the URL once per rule. Texts are percent-decoded, so <c>/café</c> and <c>/caf%C3%A9</c> are the same page.
/// </summary>
internal sealed class VisitFacts
{
    private readonly Dictionary<string, string> _query;
    private readonly Dictionary<string, string> _contact;

    public VisitFacts(PageVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        Path = Uri.UnescapeDataString(visit.Url.AbsolutePath);
        FullUrl = Uri.UnescapeDataString(visit.Url.GetLeftPart(UriPartial.Query));
        Device = visit.Device;
        _query = ParseQuery(visit.Url.Query);
        _contact = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in visit.Contact)
        {
            _contact.TryAdd(name, value);
        }

        IsKnownContact = visit.IsKnownContact || ContactProperty("email") is not null;
    }

    /// <summary>The decoded path, e.g. <c>/blog/post</c>; never the query string.</summary>
    public string Path { get; }

    /// <summary>The decoded URL with its query but without the fragment, which never reaches a server anyway.</summary>
    public string FullUrl { get; }

    public DeviceType Device { get; }

    public bool IsKnownContact { get; }

    /// <summary>The parameter's value; empty for <c>?debug</c>; null when it is not in the query string.</summary>
    public string? QueryParameter(string? name) => name is not null && _query.TryGetValue(name.Trim(), out var value) ? value : null;

    /// <summary>The property's value; null when the contact has none, because an empty property is an unknown one.</summary>
    public string? ContactProperty(string? name) =>
        name is not null && _contact.TryGetValue(name.Trim(), out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    // Parameter names ignore case like the rest of targeting; the first of repeated keys wins because
    // that is the one most server frameworks bind. '+' is a space in the form encoding browsers use.
    private static Dictionary<string, string> ParseQuery(string query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            if (name.Length > 0)
            {
                parameters.TryAdd(name, equals < 0 ? "" : Decode(pair[(equals + 1)..]));
            }
        }

        return parameters;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
