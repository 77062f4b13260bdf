namespace Chatflows.Users;

/// <summary>Bound from <c>Chatflows:SignIn</c>: how staff sign-in resists guessing without locking real users out.</summary>
public sealed class SignInOptions
{
    /// <summary>Failed sign-ins for one account from one client address before that address must wait. Default 5.</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address, any accounts, before it must wait. Default 20.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>How long failures count. Default 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password for staff (ASVS 2.1.1). Default 12.</summary>
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>The name authenticator apps show beside a staff member's codes. Default "Chatflows".</summary>
    public string TwoFactorIssuer { get; set; } = "Chatflows";
}
