using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>Identity's sign-in, refusing deactivated accounts whatever their password.</summary>
internal sealed class ChatflowsSignInManager(
    UserManager<ChatflowsUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<ChatflowsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<ChatflowsUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ChatflowsUser> confirmation)
    : SignInManager<ChatflowsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ChatflowsUser user) => user.DeactivatedUtc is null && await base.CanSignInAsync(user);
}
