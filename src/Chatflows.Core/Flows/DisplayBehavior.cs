namespace Chatflows.Core.Flows;

/// <summary>The desktop and mobile behaviours of D2 and D3.</summary>
public enum DisplayBehavior
{
    /// <summary>The launcher on load; the welcome message next to it when the trigger fires.</summary>
    LauncherThenWelcome,

    /// <summary>Only the launcher, when the trigger fires.</summary>
    LauncherOnTrigger,

    /// <summary>The chat opens with the welcome message when the trigger fires or on click (desktop only).</summary>
    OpenOnTrigger,
}
