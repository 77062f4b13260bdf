using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Offline bot (C2): asks what the visitor needs, then routes to an available colleague during office
/// hours; when the team is away, offline or busy it collects an e-mail address so the team can follow
/// up. The question comes first, so whoever picks the conversation up knows what it is about.
/// </summary>
internal sealed class OfflineTemplate : ITemplateBuilder
{
    public FlowTemplate Template { get; } = new(
        "offline",
        [FlowBinding.Inbox, FlowBinding.Helpdesk]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            Actions =
            [
                // Away, offline and at capacity all go on to the e-mail question.
                Ask(
                    "ask-question",
                    new AskQuestionSettings { Text = texts["askQuestion"], SaveAs = "question" },
                    next: "ask-email",
                    WhenAvailability("available", "send-to-team")),
                SendToTeam("send-to-team", parameters.HandOffTeamId, texts["connecting"], null, WhenOutcome("Unavailable", "ask-email")),
                Ask(
                    "ask-email",
                    new AskQuestionSettings { Text = texts["askEmail"], Format = AnswerFormat.Email, SaveAs = "email", ContactProperty = "email" },
                    next: "end-thanks"),
                End("end-thanks", texts["thanks"]),
            ],
        };
    }
}
