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
        "Knowledge base + support bot",
        "Share knowledge-base articles, then offer a person or a ticket to visitors who are still stuck.",
        [FlowBinding.Inbox, FlowBinding.Helpdesk]);

    public Chatflow Build(TemplateParameters parameters)
    {
        var texts = KnowledgeBaseSupportTexts.For(parameters.Language);
        return new Chatflow
        {
            WelcomeMessage = texts.Welcome,
            KnowledgeBase = new KnowledgeBaseSettings(true, parameters.KnowledgeBaseId),
            Actions =
            [
                SearchKnowledge(
                    "search-kb", texts.SearchPrompt, texts.ArticlesFound, texts.NoArticles, next: "ask-helped", WhenOutcome("NotFound", "offer-help")),
                Ask(
                    "ask-helped",
                    new AskQuestionSettings { Text = texts.AskHelped, QuickReplies = [new(texts.Yes, "yes"), new(texts.No, "no")], AllowFreeText = false },
                    next: "offer-help",
                    WhenAnswer("yes", "end-helped")),
                End("end-helped", texts.Helped),
                Ask(
                    "offer-help",
                    new AskQuestionSettings
                    {
                        Text = texts.OfferHelp,
                        QuickReplies = [new(texts.ChatWithSomeone, "person"), new(texts.CreateTicket, "ticket"), new(texts.SearchAgain, "search")],
                        AllowFreeText = false,
                    },
                    next: "ask-details",
                    WhenAnswer("person", "send-to-team"),
                    WhenAnswer("search", "search-kb")),
                SendToTeam("send-to-team", parameters.HandOffTeamId, texts.Connecting, texts.NobodyAvailable, WhenOutcome("Unavailable", "ask-details")),
                Ask(
                    "ask-details",
                    new AskQuestionSettings { Text = texts.AskDetails, SaveAs = "question" },
                    next: "ask-email",
                    WhenContactHas("email", "create-ticket")),
                Ask(
                    "ask-email",
                    new AskQuestionSettings { Text = texts.AskEmail, Format = AnswerFormat.Email, SaveAs = "email", ContactProperty = "email" },
                    next: "create-ticket"),
                CreateTicket("create-ticket", "{{ vars.kb_query | truncate: 80 }}", "{{ vars.question }}", texts.TicketCreated),
            ],
        };
    }
}
