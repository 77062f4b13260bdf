using Chatflows.Core.Translations;

namespace Chatflows.Core.Availability;

/// <summary>
/// The channel's away, offline and wait messages as translatable texts (L1), so the XLIFF round trip that carries a
/// chatflow's texts carries them too. They belong to the channel, not to a chatflow: every chatflow on the site shows
/// the same three, so they are exported once, from the Channel page, under their own keys.
/// </summary>
public static class AvailabilityTexts
{
    public const string AwayKey = "channel.awayMessage";
    public const string OfflineKey = "channel.offlineMessage";
    public const string WaitKey = "channel.waitMessage";

    /// <summary>The three base messages; plain text, never Liquid (the widget shows them as typed).</summary>
    public static IReadOnlyList<FlowText> Of(AvailabilitySettings settings) =>
    [
        new(AwayKey, null, "Away message: shown while nobody on the team can chat", settings.AwayMessage, IsTemplate: false),
        new(OfflineKey, null, "Offline message: shown outside office hours", settings.OfflineMessage, IsTemplate: false),
        new(WaitKey, null, "Wait message: shown while every agent is busy", settings.WaitMessage, IsTemplate: false),
    ];

    /// <summary>The messages already translated into <paramref name="language"/>, by key; empty when there are none.</summary>
    public static IReadOnlyDictionary<string, string> TranslatedInto(AvailabilitySettings settings, string language)
    {
        Dictionary<string, string> texts = new(StringComparer.Ordinal);
        if (settings.Translations.GetValueOrDefault(language) is { } translation)
        {
            Put(texts, AwayKey, translation.AwayMessage);
            Put(texts, OfflineKey, translation.OfflineMessage);
            Put(texts, WaitKey, translation.WaitMessage);
        }

        return texts;

        static void Put(Dictionary<string, string> texts, string key, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts[key] = text;
            }
        }
    }

    /// <summary>
    /// <paramref name="settings"/> with <paramref name="texts"/> (keyed as <see cref="Of"/>) as the translation into
    /// <paramref name="language"/>; a message the texts leave out keeps the translation it had, as an import should.
    /// </summary>
    public static AvailabilitySettings With(AvailabilitySettings settings, string language, IReadOnlyDictionary<string, string> texts)
    {
        var old = settings.Translations.GetValueOrDefault(language) ?? new AvailabilityTranslation();
        var merged = new AvailabilityTranslation
        {
            AwayMessage = texts.GetValueOrDefault(AwayKey) ?? old.AwayMessage,
            OfflineMessage = texts.GetValueOrDefault(OfflineKey) ?? old.OfflineMessage,
            WaitMessage = texts.GetValueOrDefault(WaitKey) ?? old.WaitMessage,
        };
        var translations = new Dictionary<string, AvailabilityTranslation>(settings.Translations, StringComparer.Ordinal);
        if (merged.IsEmpty)
        {
            translations.Remove(language);
        }
        else
        {
            translations[language] = merged;
        }

        return settings with { Translations = translations };
    }
}
