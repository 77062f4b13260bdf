namespace Chatflows.Core.Text;

/// <summary>
/// The built-in survey texts (O9) in the widget's five languages, used while an editor leaves a text
/// empty. English is the fallback for a language not listed.
/// </summary>
public sealed record SurveyTexts(string Question, string CommentPrompt)
{
    private static readonly Dictionary<string, SurveyTexts> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("How would you rate this conversation?", "Anything you'd like to add? (optional)"),
        ["nl"] = new("Hoe beoordeel je dit gesprek?", "Wil je nog iets toevoegen? (optioneel)"),
        ["de"] = new("Wie bewerten Sie dieses Gespräch?", "Möchten Sie noch etwas hinzufügen? (optional)"),
        ["fr"] = new("Comment évaluez-vous cette conversation ?", "Souhaitez-vous ajouter quelque chose ? (facultatif)"),
        ["es"] = new("¿Cómo valorarías esta conversación?", "¿Quieres añadir algo? (opcional)"),
    };

    public static SurveyTexts For(string language) =>
        ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault(language.Split('-')[0]) ?? ByLanguage["en"];
}
