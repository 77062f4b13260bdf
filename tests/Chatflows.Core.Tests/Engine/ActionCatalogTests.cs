using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestActions;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Engine;

public sealed class ActionCatalogTests
{
    [Fact]
    public void Actions_are_found_by_name_in_registration_order()
    {
        var catalog = new ActionCatalog([new SendMessageAction(), new EchoAction(), new EndConversationAction()]);

        var found = catalog.Find("echo");

        Assert.IsType<EchoAction>(found);
        Assert.Equal(["sendMessage", "echo", "endConversation"], catalog.All.Select(a => a.Name));
        Assert.Null(catalog.Find("Echo"));
        Assert.Null(catalog.Find("callWebhook"));
    }

    [Fact]
    public void Two_actions_with_the_same_name_are_rejected()
    {
        var register = () => new ActionCatalog([new EchoAction(), new ImpostorEchoAction()]);

        var error = Assert.Throws<InvalidOperationException>(register);

        Assert.Contains("'echo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_actions_have_unique_stable_names()
    {
        var catalog = new TestEngine().Catalog;

        var names = catalog.All.Select(a => a.Name);

        Assert.Equal(
            ["sendMessage", "askQuestion", "setContactProperty", "setCompanyProperty", "searchKnowledgeBase", "bookMeeting",
                "createTicket", "sendToTeamMember", "sendToTeam", "endConversation"],
            names);
    }

    [Theory]
    [InlineData("Anna", "You said: Anna")]
    [InlineData("{{ contact.email }}", "You said: {{ contact.email }}")]
    public async Task Custom_action_runs_in_a_flow_and_its_outcome_can_be_branched_on(string answer, string expected)
    {
        var engine = new TestEngine(new EchoAction());
        var conversation = engine.Start(Create(
            Ask("name", new AskQuestionSettings { Text = "Your name?", SaveAs = "name" }, "echo"),
            Action("echo", "echo", new EchoSettings("name"), "fallback", IfOutcome("Echoed", "echoed"), IfOutcome("Empty", "empty")),
            Say("echoed", "Outcome: Echoed"),
            Say("empty", "Outcome: Empty"),
            Say("fallback", "Never said")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(answer);

        Assert.Equal([expected, "Outcome: Echoed"], texts);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "echo", "Echoed"), conversation.Events);
    }

    [Fact]
    public async Task Custom_action_outcome_without_a_value_is_taken()
    {
        var engine = new TestEngine(new EchoAction());
        var conversation = engine.Start(Create(
            Action("echo", "echo", new EchoSettings("name"), "echoed", IfOutcome("Empty", "empty")),
            Say("echoed", "Outcome: Echoed"),
            Say("empty", "Outcome: Empty")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Outcome: Empty"], texts);
    }

    [Fact]
    public void Validator_knows_the_custom_action_its_settings_and_its_outcomes()
    {
        var engine = new TestEngine(new EchoAction());
        var flow = Create(
            Action("echo", "echo", new EchoSettings("Not Valid", "{{ oops"), "next", IfOutcome("Found", "next")),
            Say("next", "Next"));

        var findings = engine.Validator.Validate(flow);

        Assert.Equal(
            [("action.settings", "variable"), ("action.settings", "prefix"), ("branch.condition", "branches[0]")],
            findings.Select(f => (f.Code, f.Field)));
    }

    [Fact]
    public void Flow_with_the_custom_action_is_an_unknown_type_without_it()
    {
        var flow = Create(Action("echo", "echo", new EchoSettings("name")));

        var findings = new TestEngine().Validator.Validate(flow);

        Assert.Equal("action.unknownType", Assert.Single(findings).Code);
    }
}
