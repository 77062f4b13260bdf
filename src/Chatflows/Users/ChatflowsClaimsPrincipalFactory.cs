using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>Staff principals with their roles' permission claims, built with the module's named <see cref="IdentityOptions"/>.</summary>
internal sealed class ChatflowsClaimsPrincipalFactory(UserManager<ChatflowsUser> users, RoleManager<ChatflowsRole> roles, IOptionsMonitor<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ChatflowsUser, ChatflowsRole>(users, roles, Microsoft.Extensions.Options.Options.Create(options.Get(ChatflowsAuthentication.OptionsName)));
