using Chatflows.Core.Engine;
using Chatflows.Core.Ports;

namespace Chatflows.Inbox;

/// <summary>
/// The team's availability from its agents (W5a, W7): available when someone can take a chat, at
/// capacity when the available ones are full, away otherwise.
/// </summary>
public sealed class TeamAvailabilityReader(ITeamRoster roster)
{
    public async Task<TeamAvailability> ReadAsync(CancellationToken cancellationToken)
    {
        var members = await roster.GetMembersAsync(null, cancellationToken);
        if (members.Any(m => m.CanTakeAChat))
        {
            return TeamAvailability.Available;
        }

        return members.Any(m => m.IsAgent && m.IsAvailable) ? TeamAvailability.AtCapacity : TeamAvailability.Away;
    }
}
