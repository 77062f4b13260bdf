using Chatflows.Core.Actions;
using static Chatflows.Core.Flows.Templates.FlowBuilder;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Qualify-leads bot (C2): collects who the visitor is and why they visit into the contact and company,
/// marks the contact a lead, and sends companies of <see cref="SalesThreshold"/> employees or more
/// straight to sales; smaller ones get a follow-up by e-mail.
/// </summary>
internal sealed class QualifyLeadsTemplate : ITemplateBuilder
{
    /// <summary>From this many employees a lead is worth a salesperson's time now; editors tune it in the builder.</summary>
    public const int SalesThreshold = 50;

    public FlowTemplate Template { get; } = new(
        "qualify-leads",
        [FlowBinding.Inbox]);

    public Chatflow Build(TemplateParameters parameters, TemplateTexts texts)
    {
        return new Chatflow
        {
            WelcomeMessage = texts["welcome"],
            Actions =
            [
                // Known contacts are not asked their name again.
                Message("intro", texts["intro"], next: "ask-firstname", WhenContactHas("firstname", "ask-email")),
                Ask("ask-firstname", new AskQuestionSettings { Text = texts["askFirstName"], SaveAs = "firstname", ContactProperty = "firstname" }, next: "ask-email"),
                Ask(
                    "ask-email",
                    new AskQuestionSettings { Text = texts["askEmail"], Format = AnswerFormat.Email, SaveAs = "email", ContactProperty = "email" },
                    next: "ask-company-size"),
                Ask(
                    "ask-company-size",
                    new AskQuestionSettings
                    {
                        Text = texts["askCompanySize"],
                        Format = AnswerFormat.Number,
                        Min = 1,
                        Max = 1_000_000,
                        InvalidMessage = texts["companySizeInvalid"],
                        SaveAs = "company_size",
                        CompanyProperty = "employees",
                    },
                    next: "ask-reason"),
                Ask("ask-reason", new AskQuestionSettings { Text = texts["askReason"], SaveAs = "visit_reason" }, next: "set-lifecycle"),
                SetContactProperty(
                    "set-lifecycle", "lifecyclestage", "lead", next: "thank-you", WhenVariableAtLeast("company_size", SalesThreshold, "send-to-sales")),
                SendToTeam("send-to-sales", parameters.HandOffTeamId, texts["connectingToSales"], null, WhenOutcome("Unavailable", "sales-unavailable")),
                End("sales-unavailable", texts["salesUnavailable"]),
                End("thank-you", texts["thankYou"]),
            ],
        };
    }
}
