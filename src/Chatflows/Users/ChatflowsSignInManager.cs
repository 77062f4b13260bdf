using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// Identity's sign-in on the module's own scheme and options, refusing deactivated accounts whatever their password.
/// </summary>
internal sealed class ChatflowsSignInManager : SignInManager<ChatflowsUser>
{
    public ChatflowsSignInManager(
        UserManager<ChatflowsUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<ChatflowsUser> claimsFactory,
        IOptionsMonitor<IdentityOptions> options, ILogger<SignInManager<ChatflowsUser>> logger, IAuthenticationSchemeProvider schemes,
        IUserConfirmation<ChatflowsUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, Microsoft.Extensions.Options.Options.Create(options.Get(ChatflowsAuthentication.OptionsName)), logger, schemes, confirmation)
    {
        AuthenticationScheme = ChatflowsAuthentication.Scheme;
    }

    public override async Task<bool> CanSignInAsync(ChatflowsUser user) => user.DeactivatedUtc is null && await base.CanSignInAsync(user);

    /// <summary>Only the module's cookie: a site's external or two-factor cookies are the site's.</summary>
    public override Task SignOutAsync() => Context.SignOutAsync(ChatflowsAuthentication.Scheme);
}
