using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Translations;

/// <summary>
/// Checks a translated XLIFF file against the chatflow it is for (L1): its source language is the chatflow's, its
/// target language one the chatflow can have, every unit id one of its texts, every Liquid text parses. All or nothing:
/// one problem refuses the file, and every problem is reported with its line.
/// </summary>
/// <param name="languages">The languages there are texts for; without it, the shipped ones.</param>
public sealed class XliffImport(FlowTexts texts, MessageTemplates templates, TextCatalog? languages = null)
{
    /// <returns>The translations to store (key → text, units without a target left out), or the errors.</returns>
    public (IReadOnlyDictionary<string, string> Texts, IReadOnlyList<XliffError> Errors) Check(XliffDocument document, Chatflow flow) =>
        Check(document, flow.Language, texts.Of(flow), ValidationTexts.XliffUnknownUnit);

    /// <summary>
    /// The same checks for texts that are not a chatflow's (the channel's messages): <paramref name="known"/> are the
    /// only units the file may have, <paramref name="unknown"/> says so for one that is not.
    /// </summary>
    public (IReadOnlyDictionary<string, string> Texts, IReadOnlyList<XliffError> Errors) Check(
        XliffDocument document, string baseLanguage, IReadOnlyList<FlowText> known, Func<string, TextMessage> unknown)
    {
        if (document.Errors.Count > 0)
        {
            return (new Dictionary<string, string>(), document.Errors);
        }

        var catalog = languages ?? TextCatalog.BuiltIn;
        List<XliffError> errors = [];
        if (!string.Equals(document.SourceLanguage.Split('-')[0], baseLanguage, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new XliffError(0, ValidationTexts.XliffSource(document.SourceLanguage, baseLanguage)));
        }

        var language = TargetOf(document);
        if (language == baseLanguage || !catalog.Has(language))
        {
            errors.Add(new XliffError(0, ValidationTexts.XliffTarget(document.TargetLanguage, string.Join(", ", catalog.Languages.Where(l => l != baseLanguage)))));
        }

        var byKey = known.ToDictionary(t => t.Key, StringComparer.Ordinal);
        Dictionary<string, string> result = new(StringComparer.Ordinal);
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (var unit in document.Units)
        {
            if (XliffUnitIds.Decode(unit.Id) is not { } key || !byKey.TryGetValue(key, out var text))
            {
                errors.Add(new XliffError(unit.Line, unknown(unit.Id)));
                continue;
            }

            if (!seen.Add(key))
            {
                errors.Add(new XliffError(unit.Line, ValidationTexts.XliffTwice(unit.Id)));
                continue;
            }

            if (string.IsNullOrWhiteSpace(unit.Target))
            {
                continue;
            }

            if (unit.Target.Length > TranslationValidator.MaxTextLength)
            {
                errors.Add(new XliffError(unit.TargetLine, ValidationTexts.XliffLength(unit.Id, TranslationValidator.MaxTextLength)));
            }
            else if (text.IsTemplate && templates.Check(unit.Target) is { } problem)
            {
                errors.Add(new XliffError(unit.TargetLine, ValidationTexts.XliffTemplate(unit.Id, problem)));
            }
            else
            {
                result[key] = unit.Target;
            }
        }

        return errors.Count > 0 ? (new Dictionary<string, string>(), errors) : (result, errors);
    }

    /// <summary>The language an accepted file translates into, as a chatflow stores it.</summary>
    public static string TargetOf(XliffDocument document) => document.TargetLanguage.Split('-')[0].ToLowerInvariant();
}
