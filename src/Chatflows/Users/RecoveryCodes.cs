using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// Ten one-time recovery codes for when the authenticator is lost. They are shown once and stored only as hashes
/// (Identity's own recovery codes are stored as written). The codes are random with 50 bits each, not chosen by
/// people, so a salted SHA-256 suffices where a password needs a slow hash, and ten checks stay cheap.
/// </summary>
public sealed class RecoveryCodes(UserManager<ChatflowsUser> users)
{
    public const int Count = 10;

    // No 0/O, 1/l/i: the codes are read off paper.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>New codes replace all earlier ones; the caller shows them once.</summary>
    public async Task<IReadOnlyList<string>> RenewAsync(ChatflowsUser user)
    {
        List<string> codes = [.. Enumerable.Range(0, Count).Select(_ => $"{RandomNumberGenerator.GetString(Alphabet, 5)}-{RandomNumberGenerator.GetString(Alphabet, 5)}")];
        var saved = await users.SetAuthenticationTokenAsync(
            user, TwoFactorClaims.TokenProvider, TwoFactorClaims.RecoveryCodesToken, string.Join(';', codes.Select(c => Hash(user, c))));
        return saved.Succeeded ? codes : throw new InvalidOperationException("The recovery codes could not be saved; try again.");
    }

    public async Task<int> LeftAsync(ChatflowsUser user) => (await HashesAsync(user)).Count;

    /// <summary>
    /// True when <paramref name="code"/> is one of the user's unused codes; it is then used up. The save goes through the
    /// user's concurrency stamp, so one code cannot be spent twice by two requests at once.
    /// </summary>
    public async Task<bool> RedeemAsync(ChatflowsUser user, string code)
    {
        var hashes = await HashesAsync(user);
        var given = Convert.FromHexString(Hash(user, code));
        var match = hashes.FindIndex(h => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(h), given));
        if (match < 0)
        {
            return false;
        }

        hashes.RemoveAt(match);
        var saved = await users.SetAuthenticationTokenAsync(user, TwoFactorClaims.TokenProvider, TwoFactorClaims.RecoveryCodesToken, string.Join(';', hashes));
        return saved.Succeeded;
    }

    public async Task ForgetAsync(ChatflowsUser user) =>
        await users.RemoveAuthenticationTokenAsync(user, TwoFactorClaims.TokenProvider, TwoFactorClaims.RecoveryCodesToken);

    private async Task<List<string>> HashesAsync(ChatflowsUser user) =>
        (await users.GetAuthenticationTokenAsync(user, TwoFactorClaims.TokenProvider, TwoFactorClaims.RecoveryCodesToken) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();

    // Spaces, dashes and case do not matter when typing a code back.
    private static string Hash(ChatflowsUser user, string code)
    {
        var normal = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id}:{normal}")));
    }
}
