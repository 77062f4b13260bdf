using Chatflows.Core.Flows;
using Chatflows.Core.Text;

namespace Chatflows.Core.Translations;

/// <summary>
/// Checks a translated XLIFF file against the chatflow it is for (L1): its source language is the chatflow's, its
/// target language one the chatflow can have, every unit id one of its texts, every Liquid text parses. All or nothing:
/// one problem refuses the file, and every problem is reported with its line.
/// </summary>
public sealed class XliffImport(FlowTexts texts, MessageTemplates templates)
{
    /// <returns>The translations to store (key → text, units without a target left out), or the errors.</returns>
    public (IReadOnlyDictionary<string, string> Texts, IReadOnlyList<XliffError> Errors) Check(XliffDocument document, Chatflow flow)
    {
        if (document.Errors.Count > 0)
        {
            return (new Dictionary<string, string>(), document.Errors);
        }

        List<XliffError> errors = [];
        if (!string.Equals(document.SourceLanguage.Split('-')[0], flow.Language, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new XliffError(0, $"The file translates from '{document.SourceLanguage}', but this chatflow's base language is '{flow.Language}'."));
        }

        var language = TargetOf(document);
        if (language == flow.Language || !BuiltInTexts.Languages.Contains(language))
        {
            errors.Add(new XliffError(0, $"The file translates into '{document.TargetLanguage}'; a translation is one of {string.Join(", ", BuiltInTexts.Languages.Where(l => l != flow.Language))}."));
        }

        var known = texts.Of(flow).ToDictionary(t => t.Key, StringComparer.Ordinal);
        Dictionary<string, string> result = new(StringComparer.Ordinal);
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (var unit in document.Units)
        {
            if (XliffUnitIds.Decode(unit.Id) is not { } key || !known.TryGetValue(key, out var text))
            {
                errors.Add(new XliffError(unit.Line, $"The unit '{unit.Id}' is no text of this chatflow. Export the file again and translate that one."));
                continue;
            }

            if (!seen.Add(key))
            {
                errors.Add(new XliffError(unit.Line, $"The unit '{unit.Id}' comes twice."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(unit.Target))
            {
                continue;
            }

            if (unit.Target.Length > TranslationValidator.MaxTextLength)
            {
                errors.Add(new XliffError(unit.TargetLine, $"The target of '{unit.Id}' is longer than {TranslationValidator.MaxTextLength:N0} characters."));
            }
            else if (text.IsTemplate && templates.Check(unit.Target) is { } problem)
            {
                errors.Add(new XliffError(unit.TargetLine, $"The target of '{unit.Id}' has a template error: {problem}"));
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
