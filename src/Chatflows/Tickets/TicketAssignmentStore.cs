using System.Text.Json;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>Reads and saves the ticket assignment rule (W4); used by the admin and by recipes.</summary>
public sealed class TicketAssignmentStore(ChatflowsDbContext db, TimeProvider time)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TicketAssignment> GetAsync(CancellationToken cancellationToken)
    {
        var record = await db.TicketAssignment.AsNoTracking().SingleOrDefaultAsync(r => r.Id == TicketAssignmentRecord.SingletonId, cancellationToken);
        return record is null ? new() : JsonSerializer.Deserialize<TicketAssignment>(record.Json, Json) ?? new();
    }

    /// <summary>Saves the rule when every named user and team exists; an enabled rule names at least one.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(TicketAssignment assignment, CancellationToken cancellationToken)
    {
        assignment = assignment with
        {
            UserIds = [.. assignment.UserIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)],
            TeamIds = [.. assignment.TeamIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)],
        };
        List<FieldError> errors = [];
        if (assignment.UserIds.Count + assignment.TeamIds.Count > TicketAssignment.MaxTargets)
        {
            errors.Add(new("userIds", ValidationTexts.TicketsTargets(TicketAssignment.MaxTargets)));
        }
        else
        {
            var users = await db.Users.Where(u => assignment.UserIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
            errors.AddRange(assignment.UserIds.Except(users).Select(id => new FieldError("userIds", ValidationTexts.TicketsNoUser(id))));
            var teams = await db.Teams.Where(t => assignment.TeamIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            errors.AddRange(assignment.TeamIds.Except(teams).Select(id => new FieldError("teamIds", ValidationTexts.TicketsNoTeam(id))));
        }

        if (assignment.Enabled && assignment.UserIds.Count == 0 && assignment.TeamIds.Count == 0)
        {
            errors.Add(new("userIds", ValidationTexts.TicketsAssignTo()));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var record = await db.TicketAssignment.SingleOrDefaultAsync(r => r.Id == TicketAssignmentRecord.SingletonId, cancellationToken);
        if (record is null)
        {
            record = new TicketAssignmentRecord();
            db.TicketAssignment.Add(record);
        }

        record.Json = JsonSerializer.Serialize(assignment, Json);
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
