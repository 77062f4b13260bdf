namespace Chatflows.Core.Availability;

/// <summary>
/// What the widget does when the team is away: agents exist but none is available, during office hours
/// or at any time in <see cref="AvailabilityMode.Users"/> mode (W6, the seed's "Afwezig" tab).
/// </summary>
public enum AwayBehavior
{
    /// <summary>Show <see cref="AvailabilitySettings.AwayMessage"/>.</summary>
    ShowAwayMessage,

    /// <summary>Show the usual <see cref="AvailabilitySettings.TypicalResponseTime"/>, as if the team were there.</summary>
    ShowResponseTime,

    /// <summary>Hide the launcher, so nobody starts a chat nobody will answer now.</summary>
    HideLauncher,
}
