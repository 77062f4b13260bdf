namespace Chatflows.Core.Text;

/// <summary>
/// The built-in survey texts (O9), used while an editor leaves a text empty. The words live in the <c>survey</c>
/// section of <c>Text/Languages/{language}.json</c>; English fills what a language lacks.
/// </summary>
public sealed record SurveyTexts(string Question, string CommentPrompt)
{
    /// <summary>The survey texts in the shipped language nearest to <paramref name="language"/>, English for any other.</summary>
    public static SurveyTexts For(string language) => From(TextCatalog.BuiltIn.For(language));

    /// <summary>The survey texts from a language's <c>survey</c> section.</summary>
    public static SurveyTexts From(LanguageTexts texts) => new(texts.Text("survey", "question"), texts.Text("survey", "commentPrompt"));
}
