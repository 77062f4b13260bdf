using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// ASP.NET Identity's errors as keyed messages, so the users pages show them in the editor's language. Only where the
/// words are Identity's own: a site with its own <see cref="IdentityErrorDescriber"/> keeps its words.
/// </summary>
internal static class IdentityErrorTexts
{
    public static FieldError ToFieldError(IdentityError error, string field, PasswordOptions password, IdentityErrorDescriber describer)
    {
        if (TextOf(error, password) is { } text && text.English == error.Description)
        {
            return new FieldError(field, text);
        }

        // The e-mail is also the sign-in name. These say the address back in Identity's words, so they are recognised
        // by the describer being Identity's own rather than by their English.
        return describer.GetType() == typeof(IdentityErrorDescriber) && AddressTextOf(error) is { } address
            ? new FieldError(field, address)
            : new FieldError(field, error.Description);
    }

    private static TextMessage? AddressTextOf(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => ValidationTexts.UsersEmailTaken(),
        "InvalidEmail" => ValidationTexts.UsersEmail(),
        "InvalidUserName" => ValidationTexts.UsersEmailCharacters(),
        _ => null,
    };

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
