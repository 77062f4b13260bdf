using System.Security.Claims;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Meetings;

/// <summary>
/// Whose meetings a page works on. Everyone with <see cref="Permissions.AnswerConversations"/> manages
/// their own; only an Administrator may name another host (and sees everyone's meetings).
/// </summary>
public sealed class MeetingsAccess(UserManager<ChatflowsUser> users)
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    /// <summary>The host to work on, or null when the signed-in user may not touch <paramref name="requested"/>'s meetings.</summary>
    public async Task<ChatflowsUser?> HostAsync(ClaimsPrincipal user, string? requested)
    {
        var self = users.GetUserId(user);
        if (string.IsNullOrEmpty(requested) || requested == self)
        {
            return self is null ? null : await users.FindByIdAsync(self);
        }

        return SeesAll(user) ? await users.FindByIdAsync(requested) : null;
    }
}
