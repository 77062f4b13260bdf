using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class SetContactPropertyActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Property_is_set_to_the_rendered_value_with_a_side_effect()
    {
        var conversation = _engine.Start(Create(
            Ask("reason", "Why are you here?", "set"),
            Action("set", "setContactProperty", new SetPropertySettings("chat_reason", "{{ vars.reason | downcase }} via {{ chat.name }}"))));
        await conversation.OpenAsync();

        await conversation.SayAsync("Pricing");

        Assert.Equal([new SetContactProperty("chat_reason", "pricing via Ledgerly")], conversation.SideEffects);
        Assert.Equal("pricing via Ledgerly", conversation.State!.Contact["chat_reason"]);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "set", "Done"), conversation.Events);
    }

    [Fact]
    public async Task A_value_template_that_fails_at_run_time_stores_nothing_and_records_a_failure()
    {
        var runaway = "{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}done";
        var conversation = _engine.Start(Create(Action("set", "setContactProperty", new SetPropertySettings("notes", runaway))));

        await conversation.OpenAsync();

        Assert.Empty(conversation.SideEffects);
        Assert.False(conversation.State!.Contact.ContainsKey("notes"));
        Assert.Contains(new FlowEvent(FlowEventKind.Failed, "set", "template"), conversation.Events);
    }

    [Fact]
    public async Task Property_overwrites_what_was_known()
    {
        var conversation = _engine.Start(
            Create(Action("set", "setContactProperty", new SetPropertySettings("lifecyclestage", "lead"))),
            new Dictionary<string, string> { ["lifecyclestage"] = "subscriber", ["firstname"] = "Anna" });

        await conversation.OpenAsync();

        Assert.Equal("lead", conversation.State!.Contact["lifecyclestage"]);
        Assert.Equal("Anna", conversation.State.Contact["firstname"]);
    }

    [Fact]
    public async Task Later_branch_in_the_same_turn_sees_the_new_value()
    {
        var conversation = _engine.Start(Create(
            Action("set", "setContactProperty", new SetPropertySettings("lifecyclestage", "lead"), "check"),
            Say("check", "Welcome, {{ contact.lifecyclestage }}.", "other",
                If(ConditionSource.ContactProperty, ConditionOperator.Equals, "lead", "lead", property: "lifecyclestage")),
            Say("lead", "Lead path"),
            Say("other", "Other path")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Welcome, lead.", "Lead path"], texts);
    }
}
