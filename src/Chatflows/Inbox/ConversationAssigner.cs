using Chatflows.Core.Ports;

namespace Chatflows.Inbox;

/// <summary>
/// Picks who gets a handed-off conversation: the named agent, or the available agent with the fewest
/// open chats below their capacity (W7), ties broken by id so the choice is deterministic.
/// </summary>
public sealed class ConversationAssigner(ITeamRoster roster)
{
    public async Task<string?> ChooseAsync(string? userId, string? teamId, CancellationToken cancellationToken)
    {
        if (userId is not null)
        {
            return userId;
        }

        var members = await roster.GetMembersAsync(teamId, cancellationToken);
        return members.Where(m => m.CanTakeAChat)
            .OrderBy(m => m.OpenChats).ThenBy(m => m.UserId, StringComparer.Ordinal)
            .Select(m => m.UserId).FirstOrDefault();
    }
}
