using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Tests.Users;

/// <summary>Identity's real hasher, counting how often a password is checked (the costly step a timing attack looks for).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<ChatflowsUser>
{
    private readonly PasswordHasher<ChatflowsUser> _real = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(ChatflowsUser user, string password) => _real.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ChatflowsUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
