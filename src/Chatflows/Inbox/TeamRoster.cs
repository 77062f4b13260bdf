using Chatflows.Core.Ports;
using Chatflows.Security;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Inbox;

/// <summary>
/// Agents as hand-off sees them: role, availability, open chats and capacity (W5a, W7). Read in a
/// scope of its own because bot actions are singletons. With a team, only its members; without, every agent.
/// </summary>
public sealed class TeamRoster(IServiceScopeFactory scopes) : ITeamRoster
{
    public async ValueTask<IReadOnlyList<TeamMember>> GetMembersAsync(string? teamId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
        var agents = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Agent && user.DeactivatedUtc == null
            where teamId == null || db.TeamMembers.Any(m => m.TeamId == teamId && m.UserId == user.Id)
            select new
            {
                user.Id,
                user.DisplayName,
                user.IsAvailable,
                user.ChatCapacity,
                OpenChats = db.Conversations.Count(c => c.AssignedUserId == user.Id && c.Status == ConversationStatuses.HandedOff),
            }).ToListAsync(cancellationToken);
        return [.. agents.Select(a => new TeamMember(a.Id, a.DisplayName, IsAgent: true, a.IsAvailable, a.OpenChats, a.ChatCapacity))];
    }
}
