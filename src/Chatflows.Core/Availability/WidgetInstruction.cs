namespace Chatflows.Core.Availability;

/// <summary>
/// The one thing the widget shows about availability (W6, W7). Core decides it so that every client
/// (widget, preview, embed snippet) behaves the same and none re-implements the rules.
/// </summary>
public enum WidgetInstruction
{
    /// <summary>Nothing extra; the launcher shows as usual.</summary>
    None,

    /// <summary>Show <see cref="AvailabilityResult.TypicalResponseTime"/>.</summary>
    ShowResponseTime,

    /// <summary>Show <see cref="AvailabilityResult.Message"/>, the away or offline message.</summary>
    ShowAwayMessage,

    /// <summary>Show when the team is back: <see cref="AvailabilityResult.NextOpeningLocal"/>.</summary>
    ShowBackAt,

    /// <summary>Hide the launcher.</summary>
    HideLauncher,

    /// <summary>Show <see cref="AvailabilityResult.Message"/>, the wait message.</summary>
    ShowWaitMessage,
}
