namespace Chatflows.Core.Text;

/// <summary>
/// The bot's own words where an editor wrote none (validation re-asks and the like), per language (O4).
/// English is the fallback for a language not listed.
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
    private static readonly Dictionary<string, BuiltInTexts> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(
            "That doesn't look like an e-mail address. Could you check it?",
            "That doesn't look like a phone number. Could you check it?",
            "Please answer with a number.",
            "Please answer with a number from {0} to {1}.",
            "Please answer with a number of at least {0}.",
            "Please answer with a number of at most {0}.",
            "Please give a date, for example 31-12-2026.",
            "That answer doesn't have the format I need. Could you try again?",
            "Please choose one of the options.",
            "Sorry, that time was just taken. These times are still free:",
            "None of these times",
            "Which e-mail address should the invitation go to?"),
        ["nl"] = new(
            "Dat lijkt geen e-mailadres. Wil je het controleren?",
            "Dat lijkt geen telefoonnummer. Wil je het controleren?",
            "Antwoord graag met een getal.",
            "Antwoord graag met een getal van {0} tot {1}.",
            "Antwoord graag met een getal van minstens {0}.",
            "Antwoord graag met een getal van hoogstens {0}.",
            "Geef graag een datum, bijvoorbeeld 31-12-2026.",
            "Dat antwoord heeft niet de vorm die ik nodig heb. Probeer je het opnieuw?",
            "Kies graag een van de opties.",
            "Sorry, dat tijdstip is net bezet. Deze tijden zijn nog vrij:",
            "Geen van deze tijden",
            "Naar welk e-mailadres mogen we de uitnodiging sturen?"),
        ["de"] = new(
            "Das sieht nicht wie eine E-Mail-Adresse aus. Kannst du sie prüfen?",
            "Das sieht nicht wie eine Telefonnummer aus. Kannst du sie prüfen?",
            "Bitte antworte mit einer Zahl.",
            "Bitte antworte mit einer Zahl von {0} bis {1}.",
            "Bitte antworte mit einer Zahl von mindestens {0}.",
            "Bitte antworte mit einer Zahl von höchstens {0}.",
            "Bitte gib ein Datum an, zum Beispiel 31-12-2026.",
            "Diese Antwort hat nicht das benötigte Format. Versuchst du es noch einmal?",
            "Bitte wähle eine der Optionen.",
            "Dieser Termin wurde gerade vergeben. Diese Zeiten sind noch frei:",
            "Keine dieser Zeiten",
            "An welche E-Mail-Adresse sollen wir die Einladung schicken?"),
        ["fr"] = new(
            "Cela ne ressemble pas à une adresse e-mail. Pouvez-vous vérifier ?",
            "Cela ne ressemble pas à un numéro de téléphone. Pouvez-vous vérifier ?",
            "Merci de répondre par un nombre.",
            "Merci de répondre par un nombre de {0} à {1}.",
            "Merci de répondre par un nombre d'au moins {0}.",
            "Merci de répondre par un nombre d'au plus {0}.",
            "Merci d'indiquer une date, par exemple 31-12-2026.",
            "Cette réponse n'a pas le format attendu. Pouvez-vous réessayer ?",
            "Merci de choisir l'une des options.",
            "Désolé, ce créneau vient d'être pris. Ces créneaux sont encore libres :",
            "Aucun de ces créneaux",
            "À quelle adresse e-mail envoyer l'invitation ?"),
        ["es"] = new(
            "Eso no parece una dirección de correo. ¿Puedes comprobarla?",
            "Eso no parece un número de teléfono. ¿Puedes comprobarlo?",
            "Responde con un número, por favor.",
            "Responde con un número de {0} a {1}, por favor.",
            "Responde con un número de al menos {0}, por favor.",
            "Responde con un número de como máximo {0}, por favor.",
            "Indica una fecha, por ejemplo 31-12-2026.",
            "Esa respuesta no tiene el formato que necesito. ¿Lo intentas de nuevo?",
            "Elige una de las opciones, por favor.",
            "Lo siento, esa hora acaba de ocuparse. Estas horas siguen libres:",
            "Ninguna de estas horas",
            "¿A qué correo enviamos la invitación?"),
    };

    /// <summary>The languages the bot and widget speak out of the box.</summary>
    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    public static BuiltInTexts For(string language) =>
        ByLanguage.GetValueOrDefault(language) ?? ByLanguage.GetValueOrDefault(language.Split('-')[0]) ?? ByLanguage["en"];
}
