using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

internal static class SignInHardeningServiceCollectionExtensions
{
    /// <summary>
    /// Staff sign-in and passwords to ASVS level 2 (<c>Chatflows:SignIn</c>). Call after Identity is added, so the
    /// common-password check joins Identity's own password rules instead of replacing them.
    /// </summary>
    public static IServiceCollection AddChatflowsSignInHardening(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration("Chatflows:SignIn")
            .Validate(o => o.MinimumPasswordLength >= 12 && o.FailuresPerAccountAndAddress > 0 && o.FailuresPerAddress > 0,
                "Chatflows:SignIn needs MinimumPasswordLength of 12 or more and failure limits above 0.")
            .ValidateOnStart();
        // The module's own named Identity options: the host's IdentityOptions stay the host's (a guest in the site).
        services.AddOptions<IdentityOptions>(ChatflowsAuthentication.OptionsName).Configure<IOptions<SignInOptions>>((identity, signIn) =>
        {
            identity.Password.RequiredLength = signIn.Value.MinimumPasswordLength;
            identity.Lockout.AllowedForNewUsers = false; // throttling replaces the lockout an attacker could cause
        });
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPasswordValidator<ChatflowsUser>, CommonPasswordValidator>());
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();
        return services;
    }
}
