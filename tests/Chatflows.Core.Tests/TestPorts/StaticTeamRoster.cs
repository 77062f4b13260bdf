using Chatflows.Core.Ports;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>A team whose members a test sets directly.</summary>
public sealed class StaticTeamRoster : ITeamRoster
{
    public List<TeamMember> Members { get; } = [];

    public StaticTeamRoster With(TeamMember member)
    {
        Members.Add(member);
        return this;
    }

    public ValueTask<IReadOnlyList<TeamMember>> GetMembersAsync(string? teamId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TeamMember>>(Members);
}
