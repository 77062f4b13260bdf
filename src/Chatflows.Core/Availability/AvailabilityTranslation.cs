namespace Chatflows.Core.Availability;

/// <summary>
/// The away, offline and wait messages in one visitor language (L1). A text left empty falls back to the
/// base text of <see cref="AvailabilitySettings"/>, so a half-done translation never shows a visitor nothing.
/// </summary>
public sealed record AvailabilityTranslation
{
    /// <summary>Replaces <see cref="AvailabilitySettings.AwayMessage"/> for this language; null or empty keeps the base.</summary>
    public string? AwayMessage { get; init; }

    /// <summary>Replaces <see cref="AvailabilitySettings.OfflineMessage"/> for this language; null or empty keeps the base.</summary>
    public string? OfflineMessage { get; init; }

    /// <summary>Replaces <see cref="AvailabilitySettings.WaitMessage"/> for this language; null or empty keeps the base.</summary>
    public string? WaitMessage { get; init; }

    /// <summary>True when no text is set, so the language need not be stored.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(AwayMessage) && string.IsNullOrWhiteSpace(OfflineMessage) && string.IsNullOrWhiteSpace(WaitMessage);
}
