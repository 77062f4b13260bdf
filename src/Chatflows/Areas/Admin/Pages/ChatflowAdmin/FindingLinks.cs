using System.Text.RegularExpressions;
using Chatflows.Core.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// Where an editor fixes a validator finding: the action in the builder, or the field on its tab. Field
/// anchors are the ids Razor gives the tab's inputs (<c>Input.Groups[0].Rules[1].Value</c> → <c>Input_Groups_0__Rules_1__Value</c>).
/// </summary>
public static partial class FindingLinks
{
    public static string Href(string chatflowId, FlowFinding finding)
    {
        if (finding.ActionId is { } action)
        {
            // An id that no longer exists is fixed in one picker: open the action at that field (the builder's field anchors are by action id).
            return finding.Code == Core.References.ReferenceCheck.MissingCode && finding.Field is { } setting
                ? $"/chatflows/{chatflowId}/build?open={Uri.EscapeDataString(action)}#field-{Uri.EscapeDataString(action)}-{Uri.EscapeDataString(setting)}"
                : $"/chatflows/{chatflowId}/build#action-{Uri.EscapeDataString(action)}";
        }

        var field = finding.Field ?? "";
        // L1: "translations.nl.actions.ask.text" → the Translations tab in Dutch, at that text's field.
        if (field.StartsWith("translations.", StringComparison.Ordinal))
        {
            var parts = field.Split('.', 3);
            var anchor = parts.Length == 3 ? $"#{TranslationAnchor(parts[2])}" : "";
            return $"/chatflows/{chatflowId}/translations?lang={Uri.EscapeDataString(parts[1])}{anchor}";
        }

        var (tab, rest) = field switch
        {
            _ when field.StartsWith("targeting.", StringComparison.Ordinal) => ("target", field["targeting.".Length..]),
            _ when field.StartsWith("display.", StringComparison.Ordinal) => ("display", field["display.".Length..]),
            _ when field.StartsWith("options.", StringComparison.Ordinal) => ("options", field["options.".Length..]),
            // C3, C4: the knowledge base and the bots' ticket pipeline and status are set on the Options tab.
            _ when field.StartsWith("knowledgeBase.", StringComparison.Ordinal) || field.StartsWith("tickets.", StringComparison.Ordinal) => ("options", field),
            _ when field.StartsWith("consent", StringComparison.Ordinal) => ("options", "consent"),
            // O9: the survey's fields are Input.SurveyId, Input.SurveyScale… on the Options tab.
            _ when field.StartsWith("survey.", StringComparison.Ordinal) => ("options", SurveyField(field["survey.".Length..])),
            "language" or "name" => ("options", field),
            _ => ("build", ""),
        };
        if (rest.Length == 0)
        {
            return $"/chatflows/{chatflowId}/{tab}";
        }

        var key = "Input." + string.Join('.', rest.Split('.').Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
        return $"/chatflows/{chatflowId}/{tab}#{Unsafe().Replace(key, "_")}";
    }

    /// <summary>The id of a text's field on the Translations tab: its key as its XLIFF unit id, unique and safe in an id.</summary>
    public static string TranslationAnchor(string key) => "text-" + Core.Translations.XliffUnitIds.Encode(key);

    // survey.surveyId → Input.SurveyId, survey.scale → Input.SurveyScale.
    private static string SurveyField(string name) =>
        name.StartsWith("survey", StringComparison.Ordinal) ? name : "survey" + char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
