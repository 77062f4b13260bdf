using System.Text.Json;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>
/// Picks the assignee of a new ticket per the assignment rule (W4): round robin over the named users
/// and the members of the named teams, in a stable order, starting after whoever got the last ticket.
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
        var candidates = await db.Users
            .Where(u => userIds.Contains(u.Id) || db.TeamMembers.Any(m => m.UserId == u.Id && teamIds.Contains(m.TeamId)))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        candidates.Sort(StringComparer.Ordinal);
        var next = candidates.FirstOrDefault(id => string.CompareOrdinal(id, record.LastAssigneeId) > 0) ?? candidates[0];
        record.LastAssigneeId = next;
        return next;
    }
}
