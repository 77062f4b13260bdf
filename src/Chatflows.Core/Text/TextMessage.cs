using System.Globalization;
using System.Text.RegularExpressions;

namespace Chatflows.Core.Text;

/// <summary>
/// A message for editors by key and arguments (STYLE 31): its words are the key's entry in the <c>validation</c>
/// section of a language's texts file, with <c>{name}</c> placeholders filled in. The English rendering is what
/// is stored and compared; the admin shows <see cref="In"/> the editor's language.
/// </summary>
/// <param name="Key">Stable key, e.g. <c>flow.name</c>; every key is made in <see cref="Validation.ValidationTexts"/>.</param>
/// <param name="Arguments">Values for the placeholders: text, numbers, a nested message or a list of them (joined with commas), rendered in the same language.</param>
public sealed partial record TextMessage(string Key, IReadOnlyDictionary<string, object> Arguments)
{
    /// <summary>The section of a texts file that holds these messages.</summary>
    public const string Section = "validation";

    /// <summary>The message in English, the one stored and compared.</summary>
    public string English => In(TextCatalog.BuiltIn.For(TextCatalog.Fallback));

    /// <summary>The message in <paramref name="texts"/>' language; English for a key the language lacks.</summary>
    public string In(LanguageTexts texts) => Placeholder().Replace(texts.Text(Section, Key), match =>
        Arguments.TryGetValue(match.Groups[1].Value, out var value) ? Format(value, texts) : match.Value);

    public bool Equals(TextMessage? other) =>
        other is not null && Key == other.Key && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out var value) && Same(a.Value, value));

    private static bool Same(object value, object other) =>
        value is IReadOnlyList<TextMessage> list && other is IReadOnlyList<TextMessage> others ? list.SequenceEqual(others) : Equals(value, other);

    public override int GetHashCode() => HashCode.Combine(Key, Arguments.Count);

    private static string Format(object value, LanguageTexts texts) => value switch
    {
        TextMessage nested => nested.In(texts),
        IReadOnlyList<TextMessage> list => string.Join(", ", list.Select(m => m.In(texts))),
        int or long => ((IFormattable)value).ToString("N0", Culture(texts.Code)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    // A site's own language code may be one .NET has no culture for: its numbers then read as the invariant culture's.
    private static CultureInfo Culture(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
