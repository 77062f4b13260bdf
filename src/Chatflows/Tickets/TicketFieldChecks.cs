using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>The rules a ticket's priority and assignee meet, whether an agent changes a ticket or makes one from a conversation.</summary>
internal static class TicketFieldChecks
{
    public static FieldError? Priority(string? priority) =>
        priority is not null && TicketPriorities.All.Contains(priority) ? null : new("priority", ValidationTexts.TicketsPriority());

    /// <param name="assigneeId">A user id, or null for nobody.</param>
    public static async Task<FieldError?> AssigneeAsync(ChatflowsDbContext db, string? assigneeId, CancellationToken cancellationToken) =>
        assigneeId is null || await db.Users.AnyAsync(u => u.Id == assigneeId, cancellationToken)
            ? null
            : new("assigneeId", ValidationTexts.TicketsAssignee());
}
