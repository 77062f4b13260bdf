using Chatflows.Core.Flows;

namespace Chatflows.Core.Text;

/// <summary>
/// The built-in consent texts (O6, O7), used when an editor leaves a text empty ("reset to default").
/// English is the fallback for a language not listed.
/// </summary>
public sealed record ConsentTexts(string Cookies, string DataProcessingExplicit, string DataProcessingLegitimateInterest)
{
    private static readonly Dictionary<string, ConsentTexts> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(
            "We'd like to use a cookie to remember this chat on your next visit. Is that all right?",
            "To answer you we process what you type in this chat. Please agree before sending your first message.",
            "We process what you type in this chat to answer you, based on our legitimate interest."),
        ["nl"] = new(
            "We willen een cookie gebruiken om dit gesprek bij je volgende bezoek te onthouden. Is dat goed?",
            "Om je te kunnen antwoorden verwerken we wat je in deze chat typt. Geef je toestemming voordat je je eerste bericht stuurt.",
            "We verwerken wat je in deze chat typt om je te antwoorden, op basis van ons gerechtvaardigd belang."),
    };

    public static ConsentTexts For(string language) =>
        ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault(language.Split('-')[0]) ?? ByLanguage["en"];

    /// <summary>The cookie banner text the visitor sees: the editor's, else the built-in one.</summary>
    public static string EffectiveCookieText(ConsentSettings consent, string language) =>
        string.IsNullOrWhiteSpace(consent.CookieConsent.Text) ? For(language).Cookies : consent.CookieConsent.Text;

    /// <summary>The data-processing text the visitor sees: the editor's, else the built-in one for its type.</summary>
    public static string EffectiveDataProcessingText(ConsentSettings consent, string language) =>
        !string.IsNullOrWhiteSpace(consent.DataProcessing.Text) ? consent.DataProcessing.Text
        : consent.DataProcessing.Type == DataProcessingType.Explicit ? For(language).DataProcessingExplicit
        : For(language).DataProcessingLegitimateInterest;
}
