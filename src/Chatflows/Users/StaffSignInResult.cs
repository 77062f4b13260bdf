namespace Chatflows.Users;

/// <summary>How a staff sign-in attempt ended; unknown e-mails and wrong passwords are one answer, <see cref="Failed"/>.</summary>
public enum StaffSignInResult
{
    Succeeded,
    Failed,
    Throttled,
    RequiresTwoFactor,

    /// <summary>The code came with no password step before it, or after five minutes.</summary>
    Expired,
}
