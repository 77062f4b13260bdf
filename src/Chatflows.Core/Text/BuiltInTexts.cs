namespace Chatflows.Core.Text;

/// <summary>
/// The bot's own words where an editor wrote none (validation re-asks and the like), per language (O4).
/// English is the fallback for a language not listed. The words live in <c>Text/Languages/{language}.json</c>.
/// </summary>
public sealed record BuiltInTexts(
    string InvalidEmail,
    string InvalidPhone,
    string InvalidNumber,
    string NumberOutOfRange,
    string NumberTooSmall,
    string NumberTooLarge,
    string InvalidDate,
    string InvalidFormat,
    string ChooseAnOption,
    string SlotTaken,
    string NoneOfTheseTimes,
    string AskEmailForInvitation)
{
    /// <summary>The languages the bot and widget speak out of the box (the shipped files of <see cref="TextCatalog"/>).</summary>
    public static IReadOnlyCollection<string> Languages => TextCatalog.BuiltIn.Languages;

    /// <summary>The bot's words in the shipped language nearest to <paramref name="language"/>, English for any other.</summary>
    public static BuiltInTexts For(string language) => From(TextCatalog.BuiltIn.For(language));

    /// <summary>The bot's words from a language's <c>bot</c> section (keys are the property names in camelCase).</summary>
    public static BuiltInTexts From(LanguageTexts texts)
    {
        string Text(string key) => texts.Text("bot", key);
        return new(
            Text("invalidEmail"), Text("invalidPhone"), Text("invalidNumber"), Text("numberOutOfRange"), Text("numberTooSmall"),
            Text("numberTooLarge"), Text("invalidDate"), Text("invalidFormat"), Text("chooseAnOption"), Text("slotTaken"),
            Text("noneOfTheseTimes"), Text("askEmailForInvitation"));
    }
}
