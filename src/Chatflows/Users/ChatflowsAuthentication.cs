namespace Chatflows.Users;

/// <summary>
/// The module's own sign-in scheme and cookie. Never Identity's <c>Identity.Application</c>: a site with its own
/// ASP.NET Core Identity keeps that scheme, its cookie and its options (DESIGN "A guest in someone else's site").
/// </summary>
public static class ChatflowsAuthentication
{
    /// <summary>The cookie scheme staff sign in with; every admin policy names it.</summary>
    public const string Scheme = "Chatflows.Admin";

    public const string CookieName = "chatflows.admin";

    /// <summary>
    /// The short-lived cookie between a right password and the two-factor code. Identity's own
    /// <c>Identity.TwoFactorUserId</c> scheme is the site's (and hard-coded in <c>SignInManager</c>), so the module has its own.
    /// </summary>
    public const string TwoFactorScheme = "Chatflows.Admin.TwoFactor";

    public const string TwoFactorCookieName = "chatflows.admin.2fa";

    /// <summary>The name of the module's own <c>IdentityOptions</c> and <c>SecurityStampValidatorOptions</c>; the site's unnamed ones stay the site's.</summary>
    public const string OptionsName = Scheme;
}
