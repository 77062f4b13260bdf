using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Chatflows.Core.Text;

/// <summary>
/// Every text Chatflows writes itself, one JSON file per language (STYLE 31): the shipped files embedded in
/// this assembly, then a site's own folder (<see cref="TextsOptions.Folder"/>). Adding a language is adding a
/// file; a key a language lacks falls back to English. Read once: texts do not change while the site runs.
/// </summary>
public sealed partial class TextCatalog
{
    /// <summary>The language every other one falls back to, key by key.</summary>
    public const string Fallback = "en";

    private const string Prefix = "ChatflowsTexts/";

    private readonly FrozenDictionary<string, LanguageTexts> _languages;

    /// <summary>The shipped languages only, for code that runs without the module's services (tests, Core on its own).</summary>
    public static TextCatalog BuiltIn { get; } = new((string?)null);

    /// <summary>The shipped languages plus the site's folder.</summary>
    public TextCatalog(IOptions<TextsOptions> options)
        : this(options.Value.Folder)
    {
    }

    /// <summary>The shipped languages plus the <c>{language}.json</c> files in <paramref name="folder"/>, if any.</summary>
    public TextCatalog(string? folder)
    {
        var files = new Dictionary<string, List<JsonElement>>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(TextCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            Add(files, name[Prefix.Length..^".json".Length], JsonDocument.Parse(stream).RootElement.Clone());
        }

        if (!string.IsNullOrEmpty(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    Add(files, Path.GetFileNameWithoutExtension(path), JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
                }
                catch (JsonException e)
                {
                    throw new InvalidOperationException($"The texts file '{path}' is not valid JSON: {e.Message}", e);
                }
            }
        }

        var english = Merge(Fallback, files[Fallback], null);
        _languages = files.ToFrozenDictionary(f => f.Key, f => f.Key == Fallback ? english : Merge(f.Key, f.Value, english), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The codes of every language there are texts for, in order.</summary>
    public IReadOnlyList<string> Languages => [.. _languages.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The codes of the languages whose own files have a section starting with <paramref name="sectionPrefix"/>
    /// (<c>template.</c>, <c>validation</c>), in order: what a language offers beyond English's fill-ins.
    /// </summary>
    public IReadOnlyList<string> LanguagesWith(string sectionPrefix) =>
        [.. _languages.Values.Where(l => l.OwnSections.Any(s => s.StartsWith(sectionPrefix, StringComparison.Ordinal))).Select(l => l.Code).Order(StringComparer.Ordinal)];

    /// <summary>True when there is a file for exactly this code.</summary>
    public bool Has(string? language) => language is not null && _languages.ContainsKey(language);

    /// <summary>The language's texts: the code itself (<c>pt-BR</c>), else its base (<c>de-AT</c> → <c>de</c>), else English.</summary>
    public LanguageTexts For(string? language) =>
        Find(language) is { } code ? _languages[code] : _languages[Fallback];

    /// <summary>The code this catalog has for a visitor's language (<c>de-AT</c> → <c>de</c>), or null.</summary>
    public string? Find(string? language)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        if (_languages.TryGetValue(language, out var exact))
        {
            return exact.Code;
        }

        return _languages.TryGetValue(language.Split('-')[0], out var basic) ? basic.Code : null;
    }

    private static void Add(Dictionary<string, List<JsonElement>> files, string code, JsonElement root)
    {
        if (!Code().IsMatch(code) || root.ValueKind is not JsonValueKind.Object)
        {
            throw new InvalidOperationException($"A texts file is named by its language code (en.json, pt-BR.json) and holds one JSON object: '{code}.json' is not.");
        }

        if (!files.TryGetValue(code, out var list))
        {
            files[code] = list = [];
        }

        list.Add(root);
    }

    // Later files win key by key (a site's folder over the shipped file); English fills what is left.
    private static LanguageTexts Merge(string code, List<JsonElement> roots, LanguageTexts? english)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, texts) in english?.Sections ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            sections[name] = new Dictionary<string, string>(texts, StringComparer.Ordinal);
        }

        var own = new HashSet<string>(StringComparer.Ordinal);
        string? ownName = null;
        var rightToLeft = false;
        foreach (var root in roots)
        {
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name, property.Value.ValueKind)
                {
                    case ("name", JsonValueKind.String):
                        ownName = property.Value.GetString();
                        break;
                    case ("direction", JsonValueKind.String):
                        rightToLeft = property.Value.GetString() == "rtl";
                        break;
                    case (_, JsonValueKind.Object):
                        own.Add(property.Name);
                        var section = sections.TryGetValue(property.Name, out var known) ? known : sections[property.Name] = new(StringComparer.Ordinal);
                        foreach (var text in property.Value.EnumerateObject().Where(t => t.Value.ValueKind is JsonValueKind.String))
                        {
                            section[text.Name] = text.Value.GetString()!;
                        }

                        break;
                }
            }
        }

        return new LanguageTexts(code, ownName ?? code, rightToLeft,
            sections.ToFrozenDictionary(s => s.Key, s => (IReadOnlyDictionary<string, string>)s.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            OwnSections = own.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Code();
}
