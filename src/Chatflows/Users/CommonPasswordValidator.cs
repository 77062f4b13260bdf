using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// Refuses passwords from a list of common ones shipped with the module (ASVS 2.1.7), also when only digits or
/// punctuation were added around a listed word ("Password2024!" is "password"), and when one character makes up most of it.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ChatflowsUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ChatflowsUser> manager, ChatflowsUser user, string? password)
    {
        if (password is null || !IsCommon(password, user))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordTooCommon",
            Description = "This password is too common or too easy to guess. Choose a longer phrase of your own.",
        }));
    }

    internal static bool IsCommon(string password, ChatflowsUser? user = null)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(Decoration);
        if (Common.Value.Contains(lower) || (core.Length > 0 && Common.Value.Contains(core)))
        {
            return true;
        }

        if (user?.Email is { Length: > 0 } email && lower.Contains(email.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal) && core.Length <= email.Split('@')[0].Length + 2)
        {
            return true; // the e-mail's name with a few digits
        }

        return lower.GroupBy(c => c).Max(g => g.Count()) * 2 > lower.Length;
    }

    private static readonly char[] Decoration = [.. "0123456789!@#$%^&*()-_=+.,;:?~ "];

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Chatflows.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
