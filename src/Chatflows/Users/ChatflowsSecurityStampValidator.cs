using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// Checks a staff cookie's security stamp against the module's users. The site's <see cref="ISecurityStampValidator"/>
/// (if it has Identity) checks the site's users, so the module's cookie calls this one by name.
/// </summary>
internal sealed class ChatflowsSecurityStampValidator(
    IOptionsMonitor<SecurityStampValidatorOptions> options, SignInManager<ChatflowsUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<ChatflowsUser>(Microsoft.Extensions.Options.Options.Create(options.Get(ChatflowsAuthentication.OptionsName)), signIn, logger)
{
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<ChatflowsSecurityStampValidator>().ValidateAsync(context);
}
