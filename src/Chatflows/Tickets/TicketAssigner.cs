using System.Text.Json;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>
/// Picks the assignee of a new ticket per the assignment rule (W4): round robin over the named users
/// and the members of the named teams who are available (all of them when nobody is), in a stable
/// order, starting after whoever got the last ticket.
/// Works on the caller's unit of work, so the choice commits with the ticket or not at all.
/// </summary>
public sealed class TicketAssigner(ChatflowsDbContext db)
{
    public async Task<string?> NextAsync(CancellationToken cancellationToken)
    {
        // Tracked: several tickets in one batched transaction each advance the same cursor.
        var record = await db.TicketAssignment.SingleOrDefaultAsync(r => r.Id == TicketAssignmentRecord.SingletonId, cancellationToken);
        var rule = record is null ? null : JsonSerializer.Deserialize<TicketAssignment>(record.Json, TicketAssignmentStore.Json);
        if (record is null || rule is not { Enabled: true })
        {
            return null;
        }

        var userIds = rule.UserIds.ToList();
        var teamIds = rule.TeamIds.ToList();
        // Deactivated users (people who left) never get a ticket, not even when everyone else is away.
        var members = await db.Users
            .Where(u => u.DeactivatedUtc == null)
            .Where(u => userIds.Contains(u.Id) || db.TeamMembers.Any(m => m.UserId == u.Id && teamIds.Contains(m.TeamId)))
            .Select(u => new { u.Id, u.IsAvailable }).ToListAsync(cancellationToken);
        if (members.Count == 0)
        {
            return null;
        }

        // The same availability as chat hand-off (W5a): someone who set themselves away should not come back to
        // a pile of new tickets while colleagues are working. Unlike a chat, a ticket waits well, so when everyone
        // is away it still goes round to all of them rather than to nobody — an unowned ticket is the one that
        // gets forgotten. Chat capacity does not apply: it bounds live conversations, not a queue of tickets.
        var available = members.Where(m => m.IsAvailable).Select(m => m.Id).ToList();
        var candidates = available.Count > 0 ? available : members.Select(m => m.Id).ToList();
        candidates.Sort(StringComparer.Ordinal);
        var next = candidates.FirstOrDefault(id => string.CompareOrdinal(id, record.LastAssigneeId) > 0) ?? candidates[0];
        record.LastAssigneeId = next;
        return next;
    }
}
