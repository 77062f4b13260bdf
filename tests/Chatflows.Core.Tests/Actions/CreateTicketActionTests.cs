using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

public sealed class CreateTicketActionTests
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Ticket_is_created_in_the_flow_pipeline_and_status()
    {
        var flow = Create(
            Ask("question", new AskQuestionSettings { Text = "What's wrong?", SaveAs = "question" }, "ticket"),
            Action("ticket", "createTicket", new CreateTicketSettings(
                Subject: "Chat question from {{ contact.firstname }}",
                Description: "{{ vars.question }}",
                Confirmation: "Thanks! Your ticket number is {{ vars.ticket_reference }}."))) with
        {
            Tickets = new TicketSettings("billing", "waiting"),
        };
        var conversation = _engine.Start(flow, new Dictionary<string, string> { ["firstname"] = "Anna" });
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("My invoice is wrong");

        Assert.Equal([new CreateTicket("T-1", "billing", "waiting", "Chat question from Anna", "My invoice is wrong")], conversation.SideEffects);
        Assert.Equal(["Thanks! Your ticket number is T-1."], texts);
        Assert.Contains(new FlowEvent(FlowEventKind.TicketCreated, "ticket", "T-1"), conversation.Events);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "ticket", "Created"), conversation.Events);
        Assert.Equal("T-1", conversation.State!.Variables["ticket_reference"]);
    }

    [Fact]
    public async Task Action_settings_override_the_flow_pipeline_and_status()
    {
        var flow = Create(Action("ticket", "createTicket", new CreateTicketSettings(Pipeline: "sales", Status: "urgent"))) with
        {
            Tickets = new TicketSettings("billing", "waiting"),
        };
        var conversation = _engine.Start(flow);

        await conversation.OpenAsync();

        var ticket = Assert.IsType<CreateTicket>(Assert.Single(conversation.SideEffects));
        Assert.Equal(("sales", "urgent"), (ticket.Pipeline, ticket.Status));
    }

    [Fact]
    public async Task Ticket_without_confirmation_says_nothing_and_goes_on()
    {
        var conversation = _engine.Start(Create(Action("ticket", "createTicket", new CreateTicketSettings(), "next"), Say("next", "Anything else?")));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["Anything else?"], texts);
        var ticket = Assert.IsType<CreateTicket>(Assert.Single(conversation.SideEffects));
        Assert.Equal(("support", "new", "Chat question"), (ticket.Pipeline, ticket.Status, ticket.Subject));
    }

    [Fact]
    public async Task Each_ticket_gets_its_own_reference()
    {
        var conversation = _engine.Start(Create(
            Action("first", "createTicket", new CreateTicketSettings(Confirmation: "{{ vars.ticket_reference }}"), "second"),
            Action("second", "createTicket", new CreateTicketSettings(Confirmation: "{{ vars.ticket_reference }}"))));

        var texts = await conversation.OpenAsync();

        Assert.Equal(["T-1", "T-2"], texts);
    }
}
