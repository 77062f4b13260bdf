using System.Collections.Concurrent;
using System.Text.Json;

namespace Chatflows.Mail;

/// <summary>
/// The words of every mail, one JSON file per language (<c>texts-{lang}.json</c>): keys are
/// <c>{kind}.{part}</c>, <c>{family}.{part}</c> and <c>common.{part}</c>, values are Liquid over the mail's model. A site's file
/// replaces the module's key by key; a key missing in a language falls back to English.
/// </summary>
public sealed class MailTexts(MailTemplateFiles files)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "de", "fr", "es", "ar"];

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _parsed = new(StringComparer.Ordinal);

    /// <summary>The language itself when there are texts for it, else English.</summary>
    public static string Supported(string? language)
    {
        var code = (language ?? "").Split('-', '_')[0].ToLowerInvariant();
        return Languages.Contains(code) ? code : "en";
    }

    /// <summary>Every text of <paramref name="kind"/> and the common ones, keyed by part (<c>subject</c>, <c>intro</c>…).</summary>
    public IReadOnlyDictionary<string, string> For(string kind, string language)
    {
        // common.x, then the family's (meeting.x for meeting-booked), then the kind's own: the most specific wins.
        var dash = kind.IndexOf('-', StringComparison.Ordinal);
        string[] prefixes = dash > 0 ? ["common.", kind[..dash] + ".", kind + "."] : ["common.", kind + "."];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new[] { Load("en", site: false), Load(language, site: false), Load("en", site: true), Load(language, site: true) };
        foreach (var prefix in prefixes)
        {
            foreach (var texts in sources)
            {
                foreach (var (key, value) in texts)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        result[key[prefix.Length..]] = value;
                    }
                }
            }
        }

        return result;
    }

    private IReadOnlyDictionary<string, string> Load(string language, bool site)
    {
        var name = $"texts-{Supported(language)}.json";
        var json = site ? files.Read(name) : MailTemplateFiles.Module(name);
        if (json is null || (site && json == MailTemplateFiles.Module(name)))
        {
            return new Dictionary<string, string>();
        }

        return _parsed.GetOrAdd(json, Parse);
    }

    private static IReadOnlyDictionary<string, string> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
