using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// Staff principals with their roles' permission claims (and a role's two-factor requirement), plus
/// <see cref="TwoFactorClaims.Enabled"/> when the account has two-factor sign-in, built with the module's named <see cref="IdentityOptions"/>.
/// </summary>
internal sealed class ChatflowsClaimsPrincipalFactory(UserManager<ChatflowsUser> users, RoleManager<ChatflowsRole> roles, IOptionsMonitor<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ChatflowsUser, ChatflowsRole>(users, roles, Microsoft.Extensions.Options.Options.Create(options.Get(ChatflowsAuthentication.OptionsName)))
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ChatflowsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaims.Enabled, TwoFactorClaims.Yes));
        }

        return identity;
    }
}
