using Chatflows.Core.Ports;

namespace Chatflows.Core.Availability;

/// <summary>
/// How busy the team is right now, the only agent facts availability needs (W5a, W7). The module builds it
/// from the roster, which keeps <see cref="AvailabilityCalculator"/> pure and free of I/O.
/// </summary>
/// <param name="AnyAgentAvailable">At least one agent has set themselves available.</param>
/// <param name="AllAvailableAtCapacity">At least one agent is available and every available agent is at their chat limit.</param>
public sealed record TeamLoad(bool AnyAgentAvailable, bool AllAvailableAtCapacity)
{
    /// <summary>The load of <paramref name="members"/>; non-agents are ignored because only agents take chats (B2).</summary>
    public static TeamLoad Of(IEnumerable<TeamMember> members)
    {
        var available = members.Where(m => m.IsAgent && m.IsAvailable).ToList();
        return new(available.Count > 0, available.Count > 0 && available.All(m => m.OpenChats >= m.Capacity));
    }
}
