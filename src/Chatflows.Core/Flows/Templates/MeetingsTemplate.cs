using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Meetings bot (C2): offers free times from a person's or team's calendar and books the one the
/// visitor picks. When no time is free or none suits, the visitor may leave an e-mail address so the
/// team can find a time together; that way a full calendar never turns a visitor away.
/// </summary>
internal sealed class MeetingsTemplate : ITemplateBuilder
{
    public FlowTemplate Template { get; } = new(
        "meetings",
        [FlowBinding.Inbox]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            Actions =
            [
                BookMeeting(
                    "book-meeting",
                    parameters,
                    texts["intro"],
                    texts["noSlots"],
                    texts["booked"],
                    next: "end-booked",
                    WhenOutcome("NoSlots", "ask-email"),
                    WhenOutcome("Cancelled", "ask-email")),
                End("end-booked", texts["lookingForward"]),

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
                SetContactProperty("save-email", "email", "{{ vars.email }}", next: "end-follow-up"),
                End("end-follow-up", texts["followUp"]),
                End("end-no-email", texts["noEmail"]),
            ],
        };
    }
}
