using Chatflows.Audit;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// Staff sign-in to ASVS level 2: throttled per account-and-address and per address (<see cref="SignInThrottle"/>),
/// never a lockout an attacker can cause; one answer and the same work for unknown e-mails, wrong passwords and
/// accounts that may not sign in (a password hash is checked in every case, so timing tells nothing either);
/// every attempt in the audit log. An account with two-factor sign-in gets no session here, only the pending-code
/// cookie of <see cref="StaffTwoFactorSignIn"/>, which finishes the sign-in.
/// </summary>
public sealed class StaffSignIn(
    SignInManager<ChatflowsUser> signIn, UserManager<ChatflowsUser> users, IPasswordHasher<ChatflowsUser> hasher, SignInThrottle throttle, AuditLog audit,
    StaffTwoFactorSignIn twoFactor)
{
    // A real hash of a random password, made once with the default hasher, to verify against when there is no account.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<ChatflowsUser>().HashPassword(new ChatflowsUser(), Guid.NewGuid().ToString("N")));

    public async Task<StaffSignInResult> SignInAsync(string email, string password, bool remember, string address, CancellationToken cancellationToken)
    {
        if (!throttle.Allows(email, address))
        {
            await RecordAsync(null, email, AuditActions.SignInFailed, $"Refused without checking: too many failures from {address}.", cancellationToken);
            return StaffSignInResult.Throttled;
        }

        // Identity signs in by user name; ours equals the e-mail, but look it up so either works.
        var user = await users.FindByEmailAsync(email) ?? await users.FindByNameAsync(email);
        SignInResult result;
        if (user is null)
        {
            hasher.VerifyHashedPassword(new ChatflowsUser(), DummyHash.Value, password);
            result = SignInResult.Failed;
        }
        else
        {
            // Only the password here: Identity's own two-factor step would use the site's Identity.TwoFactorUserId cookie.
            result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
            if (result.IsNotAllowed || result.IsLockedOut)
            {
                hasher.VerifyHashedPassword(user, DummyHash.Value, password); // Identity answered before checking the password
            }
        }

        if (result.Succeeded && user is not null)
        {
            if (user.TwoFactorEnabled)
            {
                // The failure count stays until the code is right too: a known password buys no fresh guesses at codes.
                await twoFactor.StartAsync(user, remember);
                await RecordAsync(user, email, AuditActions.PasswordAccepted, $"From {address}; the two-factor code is next.", cancellationToken);
                return StaffSignInResult.RequiresTwoFactor;
            }

            throttle.Succeeded(email, address);
            await signIn.SignInAsync(user, remember, authenticationMethod: "pwd");
            await RecordAsync(user, email, AuditActions.SignedIn, $"From {address}.", cancellationToken);
            return StaffSignInResult.Succeeded;
        }

        throttle.Failed(email, address);
        await RecordAsync(user, email, AuditActions.SignInFailed, $"From {address}.", cancellationToken);
        return StaffSignInResult.Failed;
    }

    private Task RecordAsync(ChatflowsUser? user, string email, string action, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new Editor(user?.Id, email), action, AuditSubject.User(user?.Id, email), detail, cancellationToken);
}
