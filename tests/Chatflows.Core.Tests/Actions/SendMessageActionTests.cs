using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class SendMessageActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Message_is_sent_and_the_flow_goes_on()
    {
        var conversation = _engine.Start(Create(Say("hello", "Hello!", "next"), Say("next", "Next")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Hello!", "Next"], texts);
        Assert.Equal(BotReplyKind.Text, conversation.Last!.Replies[0].Kind);
        Assert.Equal("hello", conversation.Last.Replies[0].ActionId);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "hello", "Done"), conversation.Events);
    }

    [Fact]
    public async Task Message_is_personalised_with_contact_company_variables_and_chat_name()
    {
        var flow = Create(
            Action("company", "setCompanyProperty", new SetPropertySettings("name", "Acme"), "reason"),
            Ask("reason", "Why are you here?", "reply"),
            Say("reply", "Thanks {{ contact.firstname }} from {{ company.name }}, {{ chat.name }} will help with {{ vars.reason | downcase }}."));
        var conversation = _engine.Start(flow, new Dictionary<string, string> { ["firstname"] = "Anna" });
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("INVOICES");

        Assert.Equal(["Thanks Anna from Acme, Ledgerly will help with invoices."], texts);
    }

    [Theory]
    [InlineData(null, "Hi there!")]
    [InlineData("Anna", "Hi Anna!")]
    public async Task Unknown_property_falls_back_to_the_default(string? firstName, string expected)
    {
        var contact = firstName is null ? null : new Dictionary<string, string> { ["firstname"] = firstName };
        var conversation = _engine.Start(Create(Say("hello", "Hi {{ contact.firstname | default: \"there\" }}!")), contact);

        var texts = await conversation.OpenAsync();

        Assert.Equal([expected], texts);
    }

    [Fact]
    public async Task Template_that_cannot_be_rendered_says_the_error_message()
    {
        var flow = Create(Say("hello", "{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}Hello")) with
        {
            Options = new() { ErrorMessage = "Oops." },
        };
        var conversation = _engine.Start(flow);

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Oops."], texts);
    }
}
