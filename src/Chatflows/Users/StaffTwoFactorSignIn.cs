using System.Security.Claims;
using Chatflows.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// The second step of a staff sign-in: after the right password (<see cref="StaffSignIn"/>) a five-minute cookie of
/// the module's own <see cref="ChatflowsAuthentication.TwoFactorScheme"/> names the user, and an authenticator code
/// or an unused recovery code completes the sign-in. Wrong codes count in the same throttle as wrong passwords.
/// </summary>
public sealed class StaffTwoFactorSignIn(
    SignInManager<ChatflowsUser> signIn, UserManager<ChatflowsUser> users, AuthenticatorCodes codes, RecoveryCodes recovery,
    SignInThrottle throttle, AuditLog audit)
{
    private const string RememberClaim = "chatflows:remember";
    private const string StampClaim = "chatflows:stamp";

    /// <summary>Called once the password is right: the code is asked for next.</summary>
    public async Task StartAsync(ChatflowsUser user, bool remember)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(RememberClaim, remember ? "1" : "0"),
                new Claim(StampClaim, await users.GetSecurityStampAsync(user)),
            ], ChatflowsAuthentication.TwoFactorScheme);
        await signIn.Context.SignInAsync(ChatflowsAuthentication.TwoFactorScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>True while a password was accepted and the code is still to come.</summary>
    public async Task<bool> IsPendingAsync() => await PendingUserAsync() is not null;

    public async Task<StaffSignInResult> CompleteAsync(string code, bool isRecoveryCode, string address, CancellationToken cancellationToken)
    {
        if (await PendingUserAsync() is not ({ } user, var remember))
        {
            return StaffSignInResult.Expired;
        }

        var email = user.Email ?? "";
        if (!throttle.Allows(email, address))
        {
            await RecordAsync(user, AuditActions.SignInFailed, $"Code refused without checking: too many failures from {address}.", cancellationToken);
            return StaffSignInResult.Throttled;
        }

        if (!(isRecoveryCode ? await recovery.RedeemAsync(user, code) : await codes.VerifyAsync(user, code)))
        {
            throttle.Failed(email, address);
            await RecordAsync(user, AuditActions.SignInFailed, $"Wrong or used {(isRecoveryCode ? "recovery code" : "authenticator code")} from {address}.", cancellationToken);
            return StaffSignInResult.Failed;
        }

        throttle.Succeeded(email, address);
        await signIn.Context.SignOutAsync(ChatflowsAuthentication.TwoFactorScheme);
        await signIn.SignInWithClaimsAsync(user, remember, [new Claim("amr", "mfa")]);
        await RecordAsync(user, isRecoveryCode ? AuditActions.RecoveryCodeUsed : AuditActions.SignedIn,
            isRecoveryCode ? $"From {address}; {await recovery.LeftAsync(user)} recovery codes left." : $"With an authenticator code from {address}.", cancellationToken);
        return StaffSignInResult.Succeeded;
    }

    // The user the pending cookie names, if it is still valid: same security stamp, still allowed to sign in, still two-factor.
    private async Task<(ChatflowsUser User, bool Remember)?> PendingUserAsync()
    {
        var pending = await signIn.Context.AuthenticateAsync(ChatflowsAuthentication.TwoFactorScheme);
        if (pending.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }

        var stamp = pending.Principal.FindFirstValue(StampClaim);
        return user.TwoFactorEnabled && stamp == await users.GetSecurityStampAsync(user) && await signIn.CanSignInAsync(user)
            ? (user, pending.Principal.FindFirstValue(RememberClaim) == "1")
            : null;
    }

    private Task RecordAsync(ChatflowsUser user, string action, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new Editor(user.Id, user.Email ?? ""), action, AuditSubject.User(user.Id, user.Email ?? ""), detail, cancellationToken);
}
