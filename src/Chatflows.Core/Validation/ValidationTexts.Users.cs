using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The users, profile and sample-data pages' messages.
public static partial class ValidationTexts
{
    public static TextMessage UsersEmailTaken() => M("users.emailTaken");
    public static TextMessage UsersOnlyAdministrator() => M("users.onlyAdministrator");
    public static TextMessage UsersUnknownRole(string role, string roles) => M("users.unknownRole", ("role", role), ("roles", roles));
    public static TextMessage UsersDeactivateSelf() => M("users.deactivateSelf");
    public static TextMessage UsersDeactivateOnlyAdministrator() => M("users.deactivateOnlyAdministrator");
    public static TextMessage UsersEmail() => M("users.email");
    public static TextMessage UsersEmailCharacters() => M("users.emailCharacters");
    public static TextMessage UsersName() => M("users.name");
    public static TextMessage UsersRoles() => M("users.roles");
    public static TextMessage UsersCapacity(int max) => M("users.capacity", ("max", max));
    public static TextMessage UsersPassword() => M("users.password");
    public static TextMessage UsersCreated(string name) => M("users.created", ("name", name));
    public static TextMessage UsersSaved(string name) => M("users.saved", ("name", name));
    public static TextMessage UsersNewPassword(string name) => M("users.newPassword", ("name", name));
    public static TextMessage UsersDeactivated(string name) => M("users.deactivated", ("name", name));
    public static TextMessage UsersTwoFactorReset(string name) => M("users.twoFactorReset", ("name", name));
    public static TextMessage UsersReactivated(string name) => M("users.reactivated", ("name", name));
    public static TextMessage UsersTwoFactorOptional() => M("users.twoFactorOptional");
    public static TextMessage UsersTwoFactorRequired(string roles) => M("users.twoFactorRequired", ("roles", roles));
    public static TextMessage UsersTwoFactorRequiredForAll() => M("users.twoFactorRequiredForAll");
    public static TextMessage ProfileCodeWrong() => M("profile.codeWrong");
    public static TextMessage ProfileThrottled() => M("profile.throttled");
    public static TextMessage ProfileNotPassword() => M("profile.notPassword");
    public static TextMessage ProfileTwoFactorOff() => M("profile.twoFactorOff");
    public static TextMessage SampleDataNone() => M("sampleData.none");
    public static TextMessage SampleDataRemoved(int count) => M("sampleData.removed", ("count", count));
}

// The password rules' messages, in ASP.NET Identity's English (the users pages and the common-password check).
public static partial class ValidationTexts
{
    public static TextMessage PasswordTooShort(int length) => M("password.tooShort", ("length", length));
    public static TextMessage PasswordUniqueChars(int count) => M("password.uniqueChars", ("count", count));
    public static TextMessage PasswordNonAlphanumeric() => M("password.nonAlphanumeric");
    public static TextMessage PasswordDigit() => M("password.digit");
    public static TextMessage PasswordLower() => M("password.lower");
    public static TextMessage PasswordUpper() => M("password.upper");
    public static TextMessage PasswordTooCommon() => M("password.tooCommon");
}
