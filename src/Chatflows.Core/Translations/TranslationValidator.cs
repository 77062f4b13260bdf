using Chatflows.Core.Flows;
using Chatflows.Core.Text;

namespace Chatflows.Core.Translations;

/// <summary>
/// What is wrong with a chatflow's translations (L1). A missing text is a warning, not an error: the visitor gets
/// the base text. A language without built-in texts, broken Liquid or an overlong text is an error.
/// Findings name the field as <c>translations.{language}.{key}</c>, which the admin links to the Translations tab.
/// </summary>
public sealed class TranslationValidator(FlowTexts texts, MessageTemplates templates)
{
    /// <summary>The longest translated text; the longest base text of any action is 4,000 characters.</summary>
    public const int MaxTextLength = 4000;

    public const string MissingCode = "translation.missing";

    public IEnumerable<FlowFinding> Validate(Chatflow flow)
    {
        if (flow.Translations.Count == 0)
        {
            yield break;
        }

        var all = texts.Of(flow);
        var keys = all.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, translated) in flow.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (language == flow.Language || !BuiltInTexts.Languages.Contains(language))
            {
                yield return new FlowFinding(null, FindingSeverity.Error, "translation.language",
                    $"'{language}' cannot be a translation: choose one of {string.Join(", ", BuiltInTexts.Languages.Where(l => l != flow.Language))}.", $"translations.{language}");
                continue;
            }

            foreach (var text in all)
            {
                var field = $"translations.{language}.{text.Key}";
                if (!translated.TryGetValue(text.Key, out var value) || string.IsNullOrWhiteSpace(value))
                {
                    yield return new FlowFinding(null, FindingSeverity.Warning, MissingCode,
                        $"{text.Label} has no {language} translation: visitors in {language} read the base text.", field);
                }
                else if (value.Length > MaxTextLength)
                {
                    yield return new FlowFinding(null, FindingSeverity.Error, "translation.length", $"{text.Label} ({language}) is at most {MaxTextLength:N0} characters.", field);
                }
                else if (text.IsTemplate && templates.Check(value) is { } error)
                {
                    yield return new FlowFinding(null, FindingSeverity.Error, "translation.template", $"{text.Label} ({language}) has a template error: {error}", field);
                }
            }

            foreach (var stale in translated.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal))
            {
                yield return new FlowFinding(null, FindingSeverity.Warning, "translation.unused",
                    $"The {language} translation '{stale}' belongs to no text any more (an action or quick reply was removed or renamed).", $"translations.{language}.{stale}");
            }
        }
    }
}
