using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class SendToTeamActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Team_with_an_available_agent_gets_the_conversation()
    {
        _engine.Roster
            .With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: false, OpenChats: 0, Capacity: 3))
            .With(new TeamMember("u2", "Piet", IsAgent: true, IsAvailable: true, OpenChats: 1, Capacity: 2));
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Passing you to the billing team."], texts);
        Assert.Equal([new HandOff(null, "billing")], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
        Assert.Contains(new FlowEvent(FlowEventKind.HandedOff, "team"), conversation.Events);
    }

    public static TheoryData<TeamMember> MembersWhoCannotTakeAChat => new()
    {
        new TeamMember("u1", "Sanne", IsAgent: false, IsAvailable: true, OpenChats: 0, Capacity: 3),
        new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: false, OpenChats: 0, Capacity: 3),
        new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 3, Capacity: 3),
    };

    [Theory]
    [MemberData(nameof(MembersWhoCannotTakeAChat))]
    public async Task Team_without_anyone_to_take_a_chat_is_unavailable(TeamMember member)
    {
        _engine.Roster.With(member);
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        AssertUnavailable(conversation, texts);
    }

    [Theory]
    [InlineData(TeamAvailability.Offline)]
    [InlineData(TeamAvailability.Away)]
    [InlineData(TeamAvailability.AtCapacity)]
    public async Task Team_that_is_not_available_gets_no_conversation(TeamAvailability availability)
    {
        _engine.Roster.With(new TeamMember("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3));
        _engine.Availability = availability;
        var conversation = _engine.Start(HandOffFlow());

        var texts = await conversation.OpenAsync();

        AssertUnavailable(conversation, texts);
    }

    private static Chatflow HandOffFlow() => Create(
        Action("team", "sendToTeam", new SendToTeamSettings("billing", "Passing you to the billing team.", "The team is away."), "ticket",
            IfOutcome("HandedOff", "never")),
        Action("ticket", "createTicket", new CreateTicketSettings(Confirmation: "We'll reply by e-mail: {{ vars.ticket_reference }}.")),
        Say("never", "Never said"));

    private static void AssertUnavailable(TestConversation conversation, IReadOnlyList<string> texts)
    {
        Assert.Equal(["The team is away.", "We'll reply by e-mail: T-1."], texts);
        Assert.IsType<CreateTicket>(Assert.Single(conversation.SideEffects));
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "team", "Unavailable"), conversation.Events);
        Assert.True(conversation.State!.Completed);
    }
}
