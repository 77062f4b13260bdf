using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class EndConversationActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Conversation_ends_with_the_message()
    {
        var conversation = _engine.Start(Create(
            Action("end", "endConversation", new EndConversationSettings("Bye {{ contact.firstname | default: \"for now\" }}!"), "after"),
            Say("after", "Never said")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Bye for now!"], texts);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
        Assert.True(conversation.State.Completed);
        Assert.Equal(
            [new FlowEvent(FlowEventKind.ActionCompleted, "end", "Ended"), new FlowEvent(FlowEventKind.Completed)],
            conversation.Events.TakeLast(2));
    }

    [Fact]
    public async Task Conversation_ends_silently_without_a_message()
    {
        var conversation = _engine.Start(Create(Action("end", "endConversation", new EndConversationSettings())));

        var texts = await conversation.OpenAsync();

        Assert.Empty(texts);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }
}
