using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Chatflows.Users;

/// <summary>
/// Six-digit authenticator codes (RFC 6238, 30-second steps, one step of clock drift either way). A code is accepted
/// once: the step it matched is stored, and a code of that step or an earlier one is refused (ASVS 2.8.4). The key
/// lives where Identity keeps it (<see cref="UserManager{TUser}.GetAuthenticatorKeyAsync"/>); Identity's own
/// authenticator provider is not used because it neither tells which step matched nor remembers used codes.
/// </summary>
public sealed class AuthenticatorCodes(UserManager<ChatflowsUser> users, TimeProvider time)
{
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    /// <summary>The user's key, made on first use; shown once while enrolling.</summary>
    public async Task<string> KeyAsync(ChatflowsUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        Check(await users.ResetAuthenticatorKeyAsync(user));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A fresh key, for enrolling again: the old authenticator stops working.</summary>
    public async Task ResetKeyAsync(ChatflowsUser user) => Check(await users.ResetAuthenticatorKeyAsync(user));

    /// <summary>
    /// True when <paramref name="code"/> is the user's current code and was not used before. Saving the used step goes
    /// through the user's concurrency stamp, so of two requests racing with one code only one succeeds.
    /// </summary>
    public async Task<bool> VerifyAsync(ChatflowsUser user, string code)
    {
        var digits = new string([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, digits, out var step, Drift))
        {
            return false;
        }

        var last = await users.GetAuthenticationTokenAsync(user, TwoFactorClaims.TokenProvider, TwoFactorClaims.LastTimeStepToken);
        if (last is not null && long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        var saved = await users.SetAuthenticationTokenAsync(
            user, TwoFactorClaims.TokenProvider, TwoFactorClaims.LastTimeStepToken, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    /// <summary>The address an authenticator app reads from the QR code.</summary>
    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
