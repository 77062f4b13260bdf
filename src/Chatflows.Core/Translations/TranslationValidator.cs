using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using V = Chatflows.Core.Validation.ValidationTexts;

namespace Chatflows.Core.Translations;

/// <summary>
/// What is wrong with a chatflow's translations (L1). A missing text is a warning, not an error: the visitor gets
/// the base text. A language without built-in texts, broken Liquid or an overlong text is an error.
/// Findings name the field as <c>translations.{language}.{key}</c>, which the admin links to the Translations tab.
/// </summary>
/// <param name="languages">The languages there are texts for: a translation is one of them.</param>
public sealed class TranslationValidator(FlowTexts texts, MessageTemplates templates, TextCatalog languages)
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
            if (language == flow.Language || !languages.Has(language))
            {
                yield return new FlowFinding(null, FindingSeverity.Error, "translation.language",
                    V.TranslationLanguage(language, string.Join(", ", languages.Languages.Where(l => l != flow.Language))), $"translations.{language}");
                continue;
            }

            foreach (var text in all)
            {
                var field = $"translations.{language}.{text.Key}";
                if (!translated.TryGetValue(text.Key, out var value) || string.IsNullOrWhiteSpace(value))
                {
                    yield return new FlowFinding(null, FindingSeverity.Warning, MissingCode, V.TranslationMissing(text.Label, language), field);
                }
                else if (value.Length > MaxTextLength)
                {
                    yield return new FlowFinding(null, FindingSeverity.Error, "translation.length", V.TranslationLength(text.Label, language, MaxTextLength), field);
                }
                else if (text.IsTemplate && templates.Check(value) is { } error)
                {
                    yield return new FlowFinding(null, FindingSeverity.Error, "translation.template", V.TranslationTemplate(text.Label, language, error), field);
                }
            }

            foreach (var stale in translated.Keys.Where(k => !keys.Contains(k)).Order(StringComparer.Ordinal))
            {
                yield return new FlowFinding(null, FindingSeverity.Warning, "translation.unused",
                    V.TranslationUnused(language, stale), $"translations.{language}.{stale}");
            }
        }
    }
}
