namespace Chatflows.Users;

/// <summary>How a staff sign-in attempt ended; unknown e-mails and wrong passwords are one answer, <see cref="Failed"/>.</summary>
public enum StaffSignInResult
{
    Succeeded,
    Failed,
    Throttled,
    RequiresTwoFactor,
}
