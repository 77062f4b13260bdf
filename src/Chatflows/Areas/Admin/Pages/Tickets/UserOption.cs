using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>A user as the ticket pages list them in pickers.</summary>
public sealed record UserOption(string Id, string Name, string? Email)
{
    public static async Task<IReadOnlyList<UserOption>> ListAsync(ChatflowsDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new UserOption(u.Id, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
}
