namespace Chatflows.Core.Ports;

/// <summary>Who can take a conversation right now (W4, W5a, W7); the module answers from its users.</summary>
public interface ITeamRoster
{
    /// <summary>Members of a team, or of the whole inbox when <paramref name="teamId"/> is null.</summary>
    ValueTask<IReadOnlyList<TeamMember>> GetMembersAsync(string? teamId, CancellationToken cancellationToken);
}
