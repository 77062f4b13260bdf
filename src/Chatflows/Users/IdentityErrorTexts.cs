using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// ASP.NET Identity's password errors as keyed messages, so the users pages show them in the editor's language. Only
/// where the English words are Identity's own: a site with its own <see cref="IdentityErrorDescriber"/> keeps its words.
/// </summary>
internal static class IdentityErrorTexts
{
    public static FieldError ToFieldError(IdentityError error, string field, PasswordOptions password) =>
        TextOf(error, password) is { } text && text.English == error.Description ? new FieldError(field, text) : new FieldError(field, error.Description);

    private static TextMessage? TextOf(IdentityError error, PasswordOptions password) => error.Code switch
    {
        "PasswordTooShort" => ValidationTexts.PasswordTooShort(password.RequiredLength),
        "PasswordRequiresUniqueChars" => ValidationTexts.PasswordUniqueChars(password.RequiredUniqueChars),
        "PasswordRequiresNonAlphanumeric" => ValidationTexts.PasswordNonAlphanumeric(),
        "PasswordRequiresDigit" => ValidationTexts.PasswordDigit(),
        "PasswordRequiresLower" => ValidationTexts.PasswordLower(),
        "PasswordRequiresUpper" => ValidationTexts.PasswordUpper(),
        "PasswordTooCommon" => ValidationTexts.PasswordTooCommon(),
        _ => null,
    };
}
