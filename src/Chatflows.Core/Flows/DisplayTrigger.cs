namespace Chatflows.Core.Flows;

/// <summary>What fires the display behaviour (D4).</summary>
public enum DisplayTrigger
{
    /// <summary>Immediately on load.</summary>
    None,

    /// <summary>The pointer leaves through the top of the window.</summary>
    ExitIntent,

    /// <summary>After <see cref="DisplaySettings.Seconds"/> on the page.</summary>
    TimeOnPage,

    /// <summary>After <see cref="DisplaySettings.Percent"/> of the page is scrolled.</summary>
    ScrollPercentage,
}
