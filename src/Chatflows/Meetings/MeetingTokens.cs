using System.Security.Cryptography;
using System.Text;

namespace Chatflows.Meetings;

/// <summary>
/// The visitor's cancel/reschedule token: 256 random bits in the link, only its SHA-256 in the database,
/// so a leaked database does not hand out working links.
/// </summary>
public static class MeetingTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token as <see cref="New"/> makes them; anything else is not looked up at all.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // Readable aloud: no 0/O, 1/I/L look-alikes.
    public static string NewReference() => $"M-{RandomNumberGenerator.GetString("23456789ABCDEFGHJKMNPQRSTVWXYZ", 6)}";
}
