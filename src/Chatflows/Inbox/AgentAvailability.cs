using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>Agents set themselves available or away (W5a); hand-off routes only to available agents.</summary>
public sealed class AgentAvailability(ChatflowsDbContext db)
{
    public Task<bool> IsAvailableAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.IsAvailable).SingleOrDefaultAsync(cancellationToken);

    public Task SetAsync(string userId, bool available, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsAvailable, available), cancellationToken);
}
