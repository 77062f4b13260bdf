using System.ComponentModel.DataAnnotations;

namespace Chatflows.Widget;

/// <summary>
/// Bound from <c>Chatflows:Widget</c>: the other sites whose pages carry the embed snippet (W9). Their
/// browsers may call the visitor API and load the widget across origins; every other origin gets no
/// CORS headers, so a foreign page can neither read visitors' answers nor run the chat as its own.
/// </summary>
public sealed class WidgetOriginsOptions : IValidatableObject
{
    /// <summary>
    /// Origins such as <c>https://www.example.com</c> (scheme, host and port only; no path, no
    /// wildcard). Default empty: the widget works only on pages of the module's own origin.
    /// </summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The configured origins as browsers send them in the <c>Origin</c> header.</summary>
    public IEnumerable<string> NormalizedOrigins() => AllowedOrigins.Select(Normalize).OfType<string>();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedOrigins.Where(origin => Normalize(origin) is null).Select(origin => new ValidationResult(
            $"Chatflows:Widget:AllowedOrigins: '{origin}' is not an origin; write it as scheme://host[:port], e.g. https://www.example.com.",
            [nameof(AllowedOrigins)]));

    // An origin is compared as the browser sends it: lower-case scheme and host, the port only when not the default.
    private static string? Normalize(string origin) =>
        Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;
}
