using Chatflows.Core.Ports;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>
/// Picks who gets a handed-off conversation: the named agent, or round robin among the team's available
/// agents below their capacity (W7) — whoever was assigned a conversation least recently (never first),
/// ties broken by id so the choice is deterministic.
/// </summary>
public sealed class ConversationAssigner(ITeamRoster roster, ChatflowsDbContext db)
{
    public async Task<string?> ChooseAsync(string? userId, string? teamId, CancellationToken cancellationToken) =>
        userId ?? await RoundRobinAsync(teamId, except: null, cancellationToken);

    /// <summary>
    /// Round robin within <paramref name="teamId"/> (every agent when null), leaving out <paramref name="except"/>:
    /// an agent who passes a conversation on to a team means someone else in it.
    /// </summary>
    public async Task<string?> RoundRobinAsync(string? teamId, string? except, CancellationToken cancellationToken)
    {
        var candidates = (await roster.GetMembersAsync(teamId, cancellationToken))
            .Where(m => m.CanTakeAChat && m.UserId != except).Select(m => m.UserId).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var lastAssigned = await db.Conversations
            .Where(c => c.AssignedUserId != null && candidates.Contains(c.AssignedUserId) && c.AssignedUtc != null)
            .GroupBy(c => c.AssignedUserId!)
            .Select(g => new { UserId = g.Key, Last = g.Max(c => c.AssignedUtc) })
            .ToDictionaryAsync(x => x.UserId, x => x.Last, cancellationToken);

        // Turns of one batch are not committed yet: count the assignments this unit of work already made.
        foreach (var pending in db.Conversations.Local.Where(c => c.AssignedUserId is not null && candidates.Contains(c.AssignedUserId)))
        {
            if (pending.AssignedUtc > (lastAssigned.GetValueOrDefault(pending.AssignedUserId!) ?? DateTime.MinValue))
            {
                lastAssigned[pending.AssignedUserId!] = pending.AssignedUtc;
            }
        }

        return candidates
            .OrderBy(id => lastAssigned.GetValueOrDefault(id) ?? DateTime.MinValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .First();
    }
}
