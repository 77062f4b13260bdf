using Chatflows.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Users;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Identity on the module's own cookie scheme, not as the host's default, so a site with its own
    /// sign-in keeps it. Data Protection keys live in the database so every node can read every cookie.
    /// </summary>
    public static IServiceCollection AddChatflowsIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Chatflows").PersistKeysToDbContext<ChatflowsDbContext>();
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "chatflows.admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/account/login";
            cookie.LogoutPath = "/admin/account/logout";
            cookie.AccessDeniedPath = "/admin/account/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddIdentityCore<ChatflowsUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ChatflowsDbContext>()
            .AddSignInManager<ChatflowsSignInManager>()
            .AddDefaultTokenProviders();
        // A deactivated user's open sessions end within a minute: the new security stamp no longer matches.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<UserAdministration>();
        return services;
    }
}
