using Chatflows.Core.Flows;

namespace Chatflows.Core.Text;

/// <summary>
/// The built-in consent texts (O6, O7), used when an editor leaves a text empty ("reset to default").
/// The words live in the <c>consent</c> section of <c>Text/Languages/{language}.json</c>; English fills what a language lacks.
/// </summary>
public sealed record ConsentTexts(string Cookies, string DataProcessingExplicit, string DataProcessingLegitimateInterest)
{
    /// <summary>The consent texts in the shipped language nearest to <paramref name="language"/>, English for any other.</summary>
    public static ConsentTexts For(string language) => From(TextCatalog.BuiltIn.For(language));

    /// <summary>The consent texts from a language's <c>consent</c> section.</summary>
    public static ConsentTexts From(LanguageTexts texts) =>
        new(texts.Text("consent", "cookies"), texts.Text("consent", "dataProcessingExplicit"), texts.Text("consent", "dataProcessingLegitimateInterest"));

    /// <summary>The cookie banner text the visitor sees: the editor's, else the built-in one.</summary>
    public static string EffectiveCookieText(ConsentSettings consent, string language) =>
        string.IsNullOrWhiteSpace(consent.CookieConsent.Text) ? For(language).Cookies : consent.CookieConsent.Text;

    /// <summary>The data-processing text the visitor sees: the editor's, else the built-in one for its type.</summary>
    public static string EffectiveDataProcessingText(ConsentSettings consent, string language) =>
        !string.IsNullOrWhiteSpace(consent.DataProcessing.Text) ? consent.DataProcessing.Text
        : consent.DataProcessing.Type == DataProcessingType.Explicit ? For(language).DataProcessingExplicit
        : For(language).DataProcessingLegitimateInterest;
}
