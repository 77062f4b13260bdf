using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Chatflows.Core.Text;

namespace Chatflows.Widget;

/// <summary>
/// The widget's own words as one small file per language (<c>texts-nl.3f9a1c2b.json</c>), so a visitor fetches
/// only their language, not a bundle of all. Made once from the <see cref="TextCatalog"/> at start-up,
/// fingerprinted and precompressed like the widget's scripts; the file carries <c>dir</c> for right-to-left scripts.
/// </summary>
public sealed class WidgetTexts
{
    // Letters of every script as they are (Arabic escaped as \uXXXX would be several times larger); the
    // characters that matter in HTML stay escaped all the same.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly FrozenDictionary<string, byte[]> _files;
    private readonly FrozenDictionary<string, Entry> _byLanguage;

    public WidgetTexts(TextCatalog catalog)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in catalog.Languages)
        {
            var texts = catalog.For(code);
            var section = texts.Section("widget");
            var json = JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, string>(section.ToDictionary(), StringComparer.Ordinal)
            {
                ["dir"] = texts.RightToLeft ? "rtl" : "ltr",
            }, Json);
            var name = $"texts-{code}.{Convert.ToHexStringLower(SHA256.HashData(json))[..8]}.json";
            files[name] = json;
            files[name + ".br"] = Compress(json, s => new BrotliStream(s, CompressionLevel.SmallestSize));
            files[name + ".gz"] = Compress(json, s => new GZipStream(s, CompressionLevel.SmallestSize));
            byLanguage[code] = new Entry(name, texts.Text("widget", "openChat"), texts.RightToLeft ? "rtl" : "ltr");
        }

        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        _byLanguage = byLanguage.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A built texts file by name (<c>texts-nl.3f9a1c2b.json.br</c>), or null.</summary>
    public byte[]? Find(string name) => _files.GetValueOrDefault(name);

    /// <summary>What the loader needs of each of these languages before the widget loads: the file, and the launcher's label.</summary>
    public IReadOnlyDictionary<string, Visitors.Contracts.WidgetLanguageTexts> For(IEnumerable<string> languages) =>
        languages.Select(code => (code, entry: _byLanguage.GetValueOrDefault(code) ?? _byLanguage[TextCatalog.Fallback]))
            .DistinctBy(l => l.code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(l => l.code, l => new Visitors.Contracts.WidgetLanguageTexts(l.entry.File, l.entry.OpenChat, l.entry.Dir), StringComparer.OrdinalIgnoreCase);

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }

    private sealed record Entry(string File, string OpenChat, string Dir);
}
