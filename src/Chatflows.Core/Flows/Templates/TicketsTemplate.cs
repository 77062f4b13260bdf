using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Tickets bot (C2, the helpdesk's "Support" template): collects the support question and an e-mail
/// address, then creates a ticket in the chatflow's pipeline and status (C4) and quotes its reference,
/// so the visitor can refer to it later. Known contacts are not asked their address again.
/// </summary>
internal sealed class TicketsTemplate : ITemplateBuilder
{
    public FlowTemplate Template { get; } = new(
        "tickets",
        [FlowBinding.Inbox, FlowBinding.Helpdesk]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            Actions =
            [
                Ask(
                    "ask-question",
                    new AskQuestionSettings { Text = texts["askQuestion"], SaveAs = "question" },
                    next: "ask-email",
                    WhenContactHas("email", "create-ticket")),
                Ask(
                    "ask-email",
                    new AskQuestionSettings { Text = texts["askEmail"], Format = AnswerFormat.Email, SaveAs = "email", ContactProperty = "email" },
                    next: "create-ticket"),
                CreateTicket("create-ticket", "{{ vars.question | truncate: 80 }}", "{{ vars.question }}", texts["ticketCreated"]),
            ],
        };
    }
}
