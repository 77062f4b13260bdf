using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>
/// A staff role. Its own type, not <see cref="IdentityRole"/>, so the module's <c>RoleManager</c> and role store
/// cannot be the ones a site with its own Identity registers for <see cref="IdentityRole"/>.
/// </summary>
public sealed class ChatflowsRole : IdentityRole
{
    public ChatflowsRole()
    {
    }

    public ChatflowsRole(string roleName)
        : base(roleName)
    {
    }
}
