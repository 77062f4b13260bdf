using Chatflows.Core.Availability;
using Chatflows.Core.Ports;

namespace Chatflows.Core.Tests.Availability;

public sealed class TeamLoadTests
{
    [Fact]
    public void Available_non_agents_and_unavailable_agents_leave_nobody_available()
    {
        TeamMember[] members =
        [
            new("u1", "Sanne", IsAgent: false, IsAvailable: true, OpenChats: 0, Capacity: 3),
            new("u2", "Piet", IsAgent: true, IsAvailable: false, OpenChats: 0, Capacity: 3),
        ];

        var load = TeamLoad.Of(members);

        Assert.Equal(new TeamLoad(AnyAgentAvailable: false, AllAvailableAtCapacity: false), load);
    }

    [Fact]
    public void An_available_agent_with_room_is_not_at_capacity()
    {
        TeamMember[] members =
        [
            new("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 3, Capacity: 3),
            new("u2", "Piet", IsAgent: true, IsAvailable: true, OpenChats: 1, Capacity: 2),
        ];

        var load = TeamLoad.Of(members);

        Assert.Equal(new TeamLoad(AnyAgentAvailable: true, AllAvailableAtCapacity: false), load);
    }

    [Fact]
    public void Full_available_agents_are_at_capacity_even_when_an_unavailable_agent_has_room()
    {
        TeamMember[] members =
        [
            new("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 3, Capacity: 3),
            new("u2", "Piet", IsAgent: true, IsAvailable: false, OpenChats: 0, Capacity: 2),
        ];

        var load = TeamLoad.Of(members);

        Assert.Equal(new TeamLoad(AnyAgentAvailable: true, AllAvailableAtCapacity: true), load);
    }
}
