namespace Chatflows.Core.Availability;

/// <summary>What the widget does outside office hours (W6).</summary>
public enum OfflineBehavior
{
    /// <summary>Tell the visitor when the team is back, in the visitor's own time zone.</summary>
    ShowBackTime,

    /// <summary>Show <see cref="AvailabilitySettings.OfflineMessage"/>.</summary>
    ShowAwayMessage,

    /// <summary>Hide the launcher, so nobody starts a chat nobody will answer.</summary>
    HideLauncher,
}
