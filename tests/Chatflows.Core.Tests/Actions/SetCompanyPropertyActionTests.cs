using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class SetCompanyPropertyActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Property_is_set_to_the_rendered_value_with_a_side_effect()
    {
        var conversation = _engine.Start(Create(
            Ask("employees", new AskQuestionSettings { Text = "How many employees?", Format = AnswerFormat.Number }, "set"),
            Action("set", "setCompanyProperty", new SetPropertySettings("size", "{{ vars.employees }} people"))));
        await conversation.OpenAsync();

        await conversation.SayAsync("1,5");

        Assert.Equal([new SetCompanyProperty("size", "1.5 people")], conversation.SideEffects);
        Assert.Equal("1.5 people", conversation.State!.Company["size"]);
        Assert.Empty(conversation.State.Contact);
    }

    [Fact]
    public async Task Later_message_in_the_same_turn_sees_the_new_value()
    {
        var conversation = _engine.Start(Create(
            Action("set", "setCompanyProperty", new SetPropertySettings("industry", "Retail"), "say"),
            Say("say", "Retail it is: {{ company.industry }}.")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Retail it is: Retail."], texts);
    }
}
