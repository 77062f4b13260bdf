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
        [FlowBinding.Inbox]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            KnowledgeBase = new KnowledgeBaseSettings(true, parameters.KnowledgeBaseId),
            Actions =
            [
                Ask(
                    "ask-reason",
                    new AskQuestionSettings
                    {
                        Text = texts["askReason"],
                        QuickReplies = [new(texts["findAnswer"], "search"), new(texts["talkToSomeone"], "person"), new(texts["bookMeeting"], "meeting")],
                        AllowFreeText = false,
                        SaveAs = "reason",
                    },
                    next: "send-to-team",
                    WhenAnswer("search", "search-kb"),
                    WhenAnswer("meeting", "book-meeting")),
                SearchKnowledge(
                    "search-kb", texts["searchPrompt"], texts["articlesFound"], texts["noArticles"], next: "ask-helped", WhenOutcome("NotFound", "send-to-team")),
                Ask(
                    "ask-helped",
                    new AskQuestionSettings { Text = texts["askHelped"], QuickReplies = [new(texts["yes"], "yes"), new(texts["no"], "no")], AllowFreeText = false },
                    next: "send-to-team",
                    WhenAnswer("yes", "end-helped")),
                End("end-helped", texts["helped"]),
                BookMeeting(
                    "book-meeting",
                    parameters,
                    texts["meetingIntro"],
                    texts["noSlots"],
                    texts["meetingBooked"],
                    next: "end-booked",
                    WhenOutcome("NoSlots", "send-to-team"),
                    WhenOutcome("Cancelled", "ask-reason")),
                End("end-booked", texts["lookingForward"]),
                SendToTeam("send-to-team", parameters.HandOffTeamId, texts["connecting"], texts["nobodyAvailable"], WhenOutcome("Unavailable", "ask-email")),

                // The address goes to a variable first: a "No, thanks" click must not become the contact's e-mail.
                Ask(
                    "ask-email",
                    new AskQuestionSettings
                    {
                        Text = texts["askEmail"],
                        QuickReplies = [new(texts["noThanks"], "no-thanks")],
                        Format = AnswerFormat.Email,
                        SaveAs = "email",
                    },
                    next: "save-email",
                    WhenAnswer("no-thanks", "end-no-email")),
                End("end-no-email", texts["noEmail"]),
                SetContactProperty("save-email", "email", "{{ vars.email }}", next: "ask-question"),
                Ask("ask-question", new AskQuestionSettings { Text = texts["askQuestion"], SaveAs = "question" }, next: "create-ticket"),
                CreateTicket("create-ticket", "{{ vars.question | truncate: 80 }}", "{{ vars.question }}", texts["ticketCreated"]),
            ],
        };
    }
}
