using Chatflows.Core.Validation;

namespace Chatflows.Core.Availability;

/// <summary>
/// When the team is there to chat and what visitors see when it is not (W5–W7). Part of the channel,
/// because every chatflow on the site shares one team and one set of hours.
/// </summary>
public sealed record AvailabilitySettings
{
    /// <summary>Messages are short widget texts; the bound keeps a pasted document out of every page load.</summary>
    public const int MaxMessageLength = 1000;

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
        return errors;
    }

    private static void CheckDefined<TEnum>(List<FieldError> errors, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(field, $"Choose one of: {string.Join(", ", Enum.GetNames<TEnum>())}."));
        }
    }

    // A message the chosen behaviour never shows may stay empty, but not grow without bound.
    private static void CheckMessage(List<FieldError> errors, string field, string message, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(message))
        {
            errors.Add(new(field, $"Write a message of 1 to {MaxMessageLength} characters; visitors see it."));
        }
        else if (message?.Length > MaxMessageLength)
        {
            errors.Add(new(field, $"Keep the message to {MaxMessageLength} characters."));
        }
    }
}
