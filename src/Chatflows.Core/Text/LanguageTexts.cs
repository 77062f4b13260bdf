namespace Chatflows.Core.Text;

/// <summary>
/// One language's texts, section by section (<c>widget</c>, <c>bot</c>, …), with English filled in for every
/// key the language's file leaves out, so a half-translated language still shows whole sentences.
/// </summary>
/// <param name="Code">The language's code, the file's name: <c>nl</c>, <c>ar</c>, <c>pt-BR</c>.</param>
/// <param name="Name">The language's own name for itself (<c>Nederlands</c>), for the admin's lists.</param>
/// <param name="RightToLeft">True for scripts written right to left (the file's <c>"direction": "rtl"</c>).</param>
public sealed record LanguageTexts(
    string Code, string Name, bool RightToLeft, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Sections)
{
    /// <summary>The sections this language's own files define (English's fill-ins not counted).</summary>
    public IReadOnlySet<string> OwnSections { get; init; } = new HashSet<string>();

    /// <summary>The texts of one section; empty when no language has the section.</summary>
    public IReadOnlyDictionary<string, string> Section(string section) =>
        Sections.GetValueOrDefault(section) ?? new Dictionary<string, string>();

    /// <summary>One text; the key itself when not even English has it, so a missing text shows as a visible slip, never a crash.</summary>
    public string Text(string section, string key) => Section(section).GetValueOrDefault(key) ?? key;
}
