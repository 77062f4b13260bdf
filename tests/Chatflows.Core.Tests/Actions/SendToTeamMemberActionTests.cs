using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class SendToTeamMemberActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Available_agent_below_capacity_gets_the_conversation()
    {
        _engine.Roster.With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 2, Capacity: 3));
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        Assert.Equal(["I'm connecting you with Sanne. One moment, please."], texts);
        Assert.Equal([new HandOff("u1", null)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "agent", "HandedOff"), conversation.Events);
        Assert.Contains(new FlowEvent(FlowEventKind.HandedOff, "agent"), conversation.Events);
    }

    public static TheoryData<TeamMember> MembersWhoCannotTakeAChat => new()
    {
        new TeamMember("u1", "Sanne", IsAgent: false, IsAvailable: true, OpenChats: 0, Capacity: 3),
        new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: false, OpenChats: 0, Capacity: 3),
        new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 3, Capacity: 3),
        new TeamMember("u2", "Piet", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3),
    };

    [Theory]
    [MemberData(nameof(MembersWhoCannotTakeAChat))]
    public async Task Member_who_cannot_take_a_chat_is_unavailable(TeamMember member)
    {
        _engine.Roster.With(member);
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        AssertUnavailable(conversation, texts);
    }

    [Fact]
    public async Task Nobody_is_handed_a_chat_when_the_team_is_offline()
    {
        _engine.Roster.With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3));
        _engine.Availability = TeamAvailability.Offline;
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        AssertUnavailable(conversation, texts);
    }

    [Fact]
    public async Task Unavailable_without_a_message_goes_on_silently()
    {
        var conversation = _engine.Start(Create(Action("agent", "sendToTeamMember", new SendToTeamMemberSettings("u1"), "email"), Ask("email", "Your e-mail?")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Your e-mail?"], texts);
    }

    private static Chatflow HandOffFlow() => Create(
        Action("agent", "sendToTeamMember", new SendToTeamMemberSettings("u1", UnavailableMessage: "Sanne isn't available right now."), "fallback",
            IfOutcome("Unavailable", "email")),
        Ask("email", "Can we e-mail you instead?"),
        Say("fallback", "Never said"));

    private static void AssertUnavailable(TestConversation conversation, IReadOnlyList<string> texts)
    {
        Assert.Equal(["Sanne isn't available right now.", "Can we e-mail you instead?"], texts);
        Assert.Empty(conversation.SideEffects);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "agent", "Unavailable"), conversation.Events);
        Assert.DoesNotContain(conversation.Events, e => e.Kind == FlowEventKind.HandedOff);
        Assert.Equal(ConversationStatus.WaitingForVisitor, conversation.State!.Status);
    }
}
