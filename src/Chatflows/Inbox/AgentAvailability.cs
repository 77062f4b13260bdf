using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>Agents set themselves available or away (W5a); hand-off routes only to available agents.</summary>
public sealed class AgentAvailability(ChatflowsDbContext db, Flows.ChatflowChanges changes)
{
    public Task<bool> IsAvailableAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.IsAvailable).SingleOrDefaultAsync(cancellationToken);

    public async Task SetAsync(string userId, bool available, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsAvailable, available), cancellationToken);
        changes.Changed(); // the bot's view of the team's availability (TurnInputs) reads again
    }
}
