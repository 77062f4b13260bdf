using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Knowledge-base + support bot (C2): shares articles first, because most questions have an answer
/// already; a visitor still stuck may chat with the team, create a ticket, or search again. When nobody
/// can chat, the bot creates a ticket instead, so an unanswered question is never lost.
/// </summary>
internal sealed class KnowledgeBaseSupportTemplate : ITemplateBuilder
{
    public FlowTemplate Template { get; } = new(
        "knowledge-base-support",
        [FlowBinding.Inbox, FlowBinding.Helpdesk]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            KnowledgeBase = new KnowledgeBaseSettings(true, parameters.KnowledgeBaseId),
            Actions =
            [
                SearchKnowledge(
                    "search-kb", texts["searchPrompt"], texts["articlesFound"], texts["noArticles"], next: "ask-helped", WhenOutcome("NotFound", "offer-help")),
                Ask(
                    "ask-helped",
                    new AskQuestionSettings { Text = texts["askHelped"], QuickReplies = [new(texts["yes"], "yes"), new(texts["no"], "no")], AllowFreeText = false },
                    next: "offer-help",
                    WhenAnswer("yes", "end-helped")),
                End("end-helped", texts["helped"]),
                Ask(
                    "offer-help",
                    new AskQuestionSettings
                    {
                        Text = texts["offerHelp"],
                        QuickReplies = [new(texts["chatWithSomeone"], "person"), new(texts["createTicket"], "ticket"), new(texts["searchAgain"], "search")],
                        AllowFreeText = false,
                    },
                    next: "ask-details",
                    WhenAnswer("person", "send-to-team"),
                    WhenAnswer("search", "search-kb")),
                SendToTeam("send-to-team", parameters.HandOffTeamId, texts["connecting"], texts["nobodyAvailable"], WhenOutcome("Unavailable", "ask-details")),
                Ask(
                    "ask-details",
                    new AskQuestionSettings { Text = texts["askDetails"], SaveAs = "question" },
                    next: "ask-email",
                    WhenContactHas("email", "create-ticket")),
                Ask(
                    "ask-email",
                    new AskQuestionSettings { Text = texts["askEmail"], Format = AnswerFormat.Email, SaveAs = "email", ContactProperty = "email" },
                    next: "create-ticket"),
                CreateTicket("create-ticket", "{{ vars.kb_query | truncate: 80 }}", "{{ vars.question }}", texts["ticketCreated"]),
            ],
        };
    }
}
