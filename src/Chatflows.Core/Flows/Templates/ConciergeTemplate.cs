using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Concierge bot (C2): routes visitors by their reason to chat — find an answer in the knowledge base,
/// talk to a person, or book a meeting. Every road that needs a person ends, when nobody can chat, in
/// an e-mail address and a ticket, so no visitor leaves without a way forward.
/// </summary>
internal sealed class ConciergeTemplate : ITemplateBuilder
{
    public FlowTemplate Template { get; } = new(
        "concierge",
        "Concierge bot",
        "Route visitors by their reason to chat: search the knowledge base, talk to a person, or book a meeting.",
        [FlowBinding.Inbox]);

    public Chatflow Build(TemplateParameters parameters)
    {
        var texts = ConciergeTexts.For(parameters.Language);
        return new Chatflow
        {
            WelcomeMessage = texts.Welcome,
            KnowledgeBase = new KnowledgeBaseSettings(true, parameters.KnowledgeBaseId),
            Actions =
            [
                Ask(
                    "ask-reason",
                    new AskQuestionSettings
                    {
                        Text = texts.AskReason,
                        QuickReplies = [new(texts.FindAnswer, "search"), new(texts.TalkToSomeone, "person"), new(texts.BookMeeting, "meeting")],
                        AllowFreeText = false,
                        SaveAs = "reason",
                    },
                    next: "send-to-team",
                    WhenAnswer("search", "search-kb"),
                    WhenAnswer("meeting", "book-meeting")),
                SearchKnowledge(
                    "search-kb", texts.SearchPrompt, texts.ArticlesFound, texts.NoArticles, next: "ask-helped", WhenOutcome("NotFound", "send-to-team")),
                Ask(
                    "ask-helped",
                    new AskQuestionSettings { Text = texts.AskHelped, QuickReplies = [new(texts.Yes, "yes"), new(texts.No, "no")], AllowFreeText = false },
                    next: "send-to-team",
                    WhenAnswer("yes", "end-helped")),
                End("end-helped", texts.Helped),
                BookMeeting(
                    "book-meeting",
                    parameters,
                    texts.MeetingIntro,
                    texts.NoSlots,
                    texts.MeetingBooked,
                    next: "end-booked",
                    WhenOutcome("NoSlots", "send-to-team"),
                    WhenOutcome("Cancelled", "ask-reason")),
                End("end-booked", texts.LookingForward),
                SendToTeam("send-to-team", parameters.HandOffTeamId, texts.Connecting, texts.NobodyAvailable, WhenOutcome("Unavailable", "ask-email")),

                // The address goes to a variable first: a "No, thanks" click must not become the contact's e-mail.
                Ask(
                    "ask-email",
                    new AskQuestionSettings
                    {
                        Text = texts.AskEmail,
                        QuickReplies = [new(texts.NoThanks, "no-thanks")],
                        Format = AnswerFormat.Email,
                        SaveAs = "email",
                    },
                    next: "save-email",
                    WhenAnswer("no-thanks", "end-no-email")),
                End("end-no-email", texts.NoEmail),
                SetContactProperty("save-email", "email", "{{ vars.email }}", next: "ask-question"),
                Ask("ask-question", new AskQuestionSettings { Text = texts.AskQuestion, SaveAs = "question" }, next: "create-ticket"),
                CreateTicket("create-ticket", "{{ vars.question | truncate: 80 }}", "{{ vars.question }}", texts.TicketCreated),
            ],
        };
    }
}
