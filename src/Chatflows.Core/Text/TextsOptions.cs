namespace Chatflows.Core.Text;

/// <summary>Where a site keeps texts of its own (<c>Chatflows:Texts</c>): extra languages, or other words for a shipped one.</summary>
public sealed class TextsOptions
{
    /// <summary>
    /// A folder of <c>{language}.json</c> files read at start-up beside the shipped ones (en, nl, de, fr, es, ar).
    /// A new code adds a language; a shipped code replaces the keys it names. Default: none.
    /// </summary>
    public string? Folder { get; set; }
}
