using Chatflows.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Identity as a guest: its own cookie scheme (never the host's default, never <c>Identity.Application</c>),
    /// its own role type, and named options, so a site with its own Identity keeps its scheme, cookie and rules.
    /// No token providers: they would register into the site's unnamed <see cref="IdentityOptions"/>.
    /// </summary>
    public static IServiceCollection AddChatflowsIdentity(this IServiceCollection services)
    {
        services.AddChatflowsDataProtection();
        services.AddAuthentication().AddCookie(ChatflowsAuthentication.Scheme, cookie =>
        {
            cookie.Cookie.Name = ChatflowsAuthentication.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ChatflowsSecurityStampValidator.ValidatePrincipalAsync;
            cookie.Events.OnRedirectToAccessDenied = TwoFactorEnrolment.RedirectOrDeny(cookie.Events.OnRedirectToAccessDenied);
        }).AddCookie(ChatflowsAuthentication.TwoFactorScheme, cookie =>
        {
            cookie.Cookie.Name = ChatflowsAuthentication.TwoFactorCookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            cookie.SlidingExpiration = false;
        });
        services.AddOptions<CookieAuthenticationOptions>(ChatflowsAuthentication.Scheme).Configure<IOptions<ChatflowsOptions>>((cookie, options) =>
        {
            var admin = options.Value.Admin.Path;
            cookie.LoginPath = $"{admin}/account/login";
            cookie.LogoutPath = $"{admin}/account/logout";
            cookie.AccessDeniedPath = $"{admin}/account/access-denied";
        });
        services.AddSingleton<IPostConfigureOptions<AuthenticationOptions>, HostDefaultScheme>();
        services.Configure<IdentityOptions>(ChatflowsAuthentication.OptionsName, identity =>
        {
            identity.User.RequireUniqueEmail = true;
            identity.Password.RequiredLength = 10;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = 5;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        });
        services.AddIdentityCore<ChatflowsUser>()
            .AddRoles<ChatflowsRole>()
            .AddEntityFrameworkStores<ChatflowsDbContext>()
            .AddUserManager<ChatflowsUserManager>()
            .AddSignInManager<ChatflowsSignInManager>()
            .AddClaimsPrincipalFactory<ChatflowsClaimsPrincipalFactory>();
        // A deactivated user's open sessions end within a minute: the new security stamp no longer matches.
        services.Configure<SecurityStampValidatorOptions>(ChatflowsAuthentication.OptionsName, options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<ChatflowsSecurityStampValidator>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AuthenticatorCodes>();
        services.AddScoped<RecoveryCodes>();
        services.AddScoped<StaffTwoFactor>();
        services.AddScoped<StaffTwoFactorSignIn>();
        services.AddScoped<TwoFactorRules>();
        return services;
    }
}
