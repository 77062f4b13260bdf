namespace Chatflows.Core.Availability;

/// <summary>What the widget does when every available agent is at their chat limit (W7).</summary>
public enum CapacityBehavior
{
    /// <summary>Show <see cref="AvailabilitySettings.WaitMessage"/>.</summary>
    ShowWaitMessage,

    /// <summary>Hide the launcher until an agent has room again.</summary>
    HideLauncher,

    /// <summary>Behave as usual; the bot still runs and hand-off waits in the inbox.</summary>
    DoNothing,
}
