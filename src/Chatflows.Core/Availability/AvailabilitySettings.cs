using System.Text.RegularExpressions;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Availability;

/// <summary>
/// When the team is there to chat and what visitors see when it is not (W5–W7). Part of the channel,
/// because every chatflow on the site shares one team and one set of hours.
/// </summary>
public sealed partial record AvailabilitySettings
{
    /// <summary>Messages are short widget texts; the bound keeps a pasted document out of every page load.</summary>
    public const int MaxMessageLength = 1000;

    /// <summary>More languages than any site's chatflows use; the bound keeps the settings document small.</summary>
    public const int MaxTranslations = 50;

    /// <summary>What decides availability (W5). Default <see cref="AvailabilityMode.AlwaysOn"/>, so a new site's widget works before anyone sets hours.</summary>
    public AvailabilityMode Mode { get; init; } = AvailabilityMode.AlwaysOn;

    /// <summary>Hours in the site's time zone, used in <see cref="AvailabilityMode.OfficeHours"/> mode (W5b). Default Monday to Friday 09:00–17:30.</summary>
    public OfficeHours OfficeHours { get; init; } = new();

    /// <summary>Shown while the team is available (W6). Default <see cref="TypicalResponseTime.FewMinutes"/>; <see cref="TypicalResponseTime.None"/> hides it.</summary>
    public TypicalResponseTime TypicalResponseTime { get; init; } = TypicalResponseTime.FewMinutes;

    /// <summary>Shown when no agent is available during office hours, or at all in <see cref="AvailabilityMode.Users"/> mode (W6). Default "We're away right now…".</summary>
    public string AwayMessage { get; init; } = "We're away right now. Leave a message and we'll get back to you.";

    /// <summary>What the widget does while the team is away (W6). Default <see cref="AwayBehavior.ShowAwayMessage"/>.</summary>
    public AwayBehavior AwayBehavior { get; init; } = AwayBehavior.ShowAwayMessage;

    /// <summary>What the widget does outside office hours (W6). Default <see cref="OfflineBehavior.ShowBackTime"/>.</summary>
    public OfflineBehavior OfflineBehavior { get; init; } = OfflineBehavior.ShowBackTime;

    /// <summary>
    /// Shown outside office hours with <see cref="OfflineBehavior.ShowAwayMessage"/> (W6), and instead of the
    /// back time when no opening lies within the next two weeks. Default "We're offline right now…".
    /// </summary>
    public string OfflineMessage { get; init; } = "We're offline right now. Leave a message and we'll reply when we're back.";

    /// <summary>What the widget does when every available agent is at their chat limit (W7). Default <see cref="CapacityBehavior.ShowWaitMessage"/>.</summary>
    public CapacityBehavior CapacityBehavior { get; init; } = CapacityBehavior.ShowWaitMessage;

    /// <summary>Shown at capacity with <see cref="CapacityBehavior.ShowWaitMessage"/> (W7). Default "All our team members are busy…".</summary>
    public string WaitMessage { get; init; } = "All our team members are busy right now. We'll be with you as soon as we can.";

    /// <summary>
    /// The messages per visitor language (L1), keyed by lowercase language code (<c>nl</c>, <c>pt-br</c>). Empty
    /// by default: every visitor sees the base messages above.
    /// </summary>
    public IReadOnlyDictionary<string, AvailabilityTranslation> Translations { get; init; } = new Dictionary<string, AvailabilityTranslation>();

    /// <summary>
    /// These settings with the messages of <paramref name="language"/> (exact tag first, then its primary
    /// subtag: <c>nl-BE</c> finds <c>nl</c>); a text the translation lacks stays the base text.
    /// </summary>
    public AvailabilitySettings InLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || Translations.Count == 0)
        {
            return this;
        }

        var tag = language.Trim().ToLowerInvariant();
        if ((Translations.GetValueOrDefault(tag) ?? Translations.GetValueOrDefault(tag.Split('-', '_')[0])) is not { } translation)
        {
            return this;
        }

        return this with
        {
            AwayMessage = Or(translation.AwayMessage, AwayMessage),
            OfflineMessage = Or(translation.OfflineMessage, OfflineMessage),
            WaitMessage = Or(translation.WaitMessage, WaitMessage),
        };

        static string Or(string? translated, string fallback) => string.IsNullOrWhiteSpace(translated) ? fallback : translated;
    }

    /// <summary>Every problem with these settings; empty when they can be saved.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        CheckDefined(errors, "mode", Mode);
        CheckDefined(errors, "typicalResponseTime", TypicalResponseTime);
        CheckDefined(errors, "awayBehavior", AwayBehavior);
        CheckDefined(errors, "offlineBehavior", OfflineBehavior);
        CheckDefined(errors, "capacityBehavior", CapacityBehavior);

        // Hours are checked in every mode: switching to office hours later must not reveal old mistakes.
        errors.AddRange(OfficeHours.Validate().Select(e => e with { Field = $"officeHours.{e.Field}" }));

        CheckMessage(errors, "awayMessage", AwayMessage, required: Mode != AvailabilityMode.AlwaysOn && AwayBehavior == AwayBehavior.ShowAwayMessage);
        CheckMessage(errors, "offlineMessage", OfflineMessage,
            required: Mode == AvailabilityMode.OfficeHours && OfflineBehavior == OfflineBehavior.ShowAwayMessage);
        CheckMessage(errors, "waitMessage", WaitMessage, required: CapacityBehavior == CapacityBehavior.ShowWaitMessage);
        CheckTranslations(errors);
        return errors;
    }

    private static void CheckDefined<TEnum>(List<FieldError> errors, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(field, ValidationTexts.AvailabilityChoose(string.Join(", ", Enum.GetNames<TEnum>()))));
        }
    }

    // Translations are optional text by text (the base fills gaps), so only their size and keys are checked.
    private void CheckTranslations(List<FieldError> errors)
    {
        if (Translations.Count > MaxTranslations)
        {
            errors.Add(new("translations", ValidationTexts.AvailabilityLanguages(MaxTranslations)));
        }

        foreach (var (language, translation) in Translations)
        {
            if (language is null || !LanguageTag().IsMatch(language))
            {
                errors.Add(new("translations", ValidationTexts.AvailabilityLanguageCode()));
                continue;
            }

            CheckMessage(errors, $"translations.{language}.awayMessage", translation?.AwayMessage ?? "", required: false);
            CheckMessage(errors, $"translations.{language}.offlineMessage", translation?.OfflineMessage ?? "", required: false);
            CheckMessage(errors, $"translations.{language}.waitMessage", translation?.WaitMessage ?? "", required: false);
        }
    }

    [GeneratedRegex("^[a-z]{2,8}(-[a-z0-9]{1,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    // A message the chosen behaviour never shows may stay empty, but not grow without bound.
    private static void CheckMessage(List<FieldError> errors, string field, string message, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(message))
        {
            errors.Add(new(field, ValidationTexts.AvailabilityMessage(MaxMessageLength)));
        }
        else if (message?.Length > MaxMessageLength)
        {
            errors.Add(new(field, ValidationTexts.AvailabilityMessageLength(MaxMessageLength)));
        }
    }
}
