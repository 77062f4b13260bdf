using Chatflows.Audit;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// A staff member's own two-factor sign-in: turned on only with a code from the authenticator (so the key surely
/// arrived), off only with the password or a code, recovery codes renewed on request; an administrator can turn it
/// off for someone who lost both. Every change is in the audit log and ends the user's other sessions (Identity
/// renews the security stamp), while the session that made it is signed in again.
/// </summary>
public sealed class StaffTwoFactor(
    UserManager<ChatflowsUser> users, SignInManager<ChatflowsUser> signIn, AuthenticatorCodes codes, RecoveryCodes recovery,
    SignInThrottle throttle, AuditLog audit, AuditActor actor)
{
    /// <summary>
    /// The key to enrol with, made on first use. Making one renews the security stamp, so this session is signed in
    /// again at once rather than thrown out at the next stamp check.
    /// </summary>
    public async Task<string> EnrolmentKeyAsync(ChatflowsUser user)
    {
        var stamp = user.SecurityStamp;
        var key = await codes.KeyAsync(user);
        if (user.SecurityStamp != stamp)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return key;
    }

    /// <summary>The recovery codes to show once, or null when the code was wrong.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ChatflowsUser user, string code, CancellationToken cancellationToken)
    {
        if (user.TwoFactorEnabled || !await codes.VerifyAsync(user, code))
        {
            return null;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var recoveryCodes = await recovery.RenewAsync(user);
        await signIn.RefreshSignInAsync(user);
        await RecordAsync(AuditActions.TwoFactorEnabled, user, "With an authenticator app; 10 recovery codes made.", cancellationToken);
        return recoveryCodes;
    }

    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(ChatflowsUser user, CancellationToken cancellationToken)
    {
        var recoveryCodes = await recovery.RenewAsync(user);
        await RecordAsync(AuditActions.RecoveryCodesRenewed, user, "The earlier codes no longer work.", cancellationToken);
        return recoveryCodes;
    }

    /// <summary>
    /// Off with the account's password or a current code. Wrong answers count in the sign-in throttle, so a stolen
    /// session cannot guess the password here either.
    /// </summary>
    public async Task<StaffSignInResult> DisableAsync(ChatflowsUser user, string passwordOrCode, string address, CancellationToken cancellationToken)
    {
        var email = user.Email ?? "";
        if (!throttle.Allows(email, address))
        {
            return StaffSignInResult.Throttled;
        }

        if (!await users.CheckPasswordAsync(user, passwordOrCode) && !await codes.VerifyAsync(user, passwordOrCode))
        {
            throttle.Failed(email, address);
            return StaffSignInResult.Failed;
        }

        await TurnOffAsync(user);
        await signIn.RefreshSignInAsync(user);
        await RecordAsync(AuditActions.TwoFactorDisabled, user, "By the user, with their password or a code.", cancellationToken);
        return StaffSignInResult.Succeeded;
    }

    /// <summary>An administrator's way back in for someone who lost their authenticator and their recovery codes.</summary>
    public async Task ResetAsync(ChatflowsUser user, CancellationToken cancellationToken)
    {
        await TurnOffAsync(user);
        await RecordAsync(AuditActions.TwoFactorDisabled, user, "By an administrator; the user enrols again.", cancellationToken);
    }

    public Task<int> RecoveryCodesLeftAsync(ChatflowsUser user) => recovery.LeftAsync(user);

    // A new key, so the old authenticator entry is useless if the user turns it on again.
    private async Task TurnOffAsync(ChatflowsUser user)
    {
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        await codes.ResetKeyAsync(user);
        await recovery.ForgetAsync(user);
    }

    private Task RecordAsync(string action, ChatflowsUser user, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.Current, action, AuditSubject.User(user.Id, user.Email ?? ""), detail, cancellationToken);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
