using System.Security.Claims;

namespace Chatflows.Users;

/// <summary>
/// The claims two-factor sign-in is decided on. Both come with the principal (the security-stamp check rebuilds it every
/// minute), so enforcing the rule costs no query per request.
/// </summary>
public static class TwoFactorClaims
{
    /// <summary>On a staff principal whose account has two-factor sign-in turned on.</summary>
    public const string Enabled = "chatflows:two-factor";

    /// <summary>A role claim: members of this role must turn two-factor sign-in on before they may do anything else.</summary>
    public const string Required = "chatflows:two-factor-required";

    public const string Yes = "yes";

    /// <summary>Where the module keeps its own two-factor state among the user's Identity tokens.</summary>
    public const string TokenProvider = "Chatflows.TwoFactor";

    /// <summary>The last accepted authenticator time step: a code is taken once, and never one older than it.</summary>
    public const string LastTimeStepToken = "LastTimeStep";

    /// <summary>The unused recovery codes, each stored as a hash.</summary>
    public const string RecoveryCodesToken = "RecoveryCodeHashes";

    /// <summary>True when one of the user's roles requires two-factor sign-in and their account does not have it yet.</summary>
    public static bool Owed(ClaimsPrincipal user) => user.HasClaim(Required, Yes) && !user.HasClaim(Enabled, Yes);
}
