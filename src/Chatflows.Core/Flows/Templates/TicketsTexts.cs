namespace Chatflows.Core.Flows.Templates;

/// <summary>The words of the tickets bot (<see cref="TicketsTemplate"/>) in English and Dutch.</summary>
internal sealed record TicketsTexts(string Welcome, string AskQuestion, string AskEmail, string TicketCreated)
{
    private static TicketsTexts English { get; } = new(
        Welcome: """Hi {{ contact.firstname | default: "there" }}! I'll make sure your question reaches our support team.""",
        AskQuestion: "What's your question? The more detail you give, the faster we can help.",
        AskEmail: "Which e-mail address can we reach you at?",
        TicketCreated: "Thanks! We've created ticket {{ vars.ticket_reference }} for your question and will reply to {{ contact.email }} as soon as we can.");

    private static TicketsTexts Dutch { get; } = new(
        Welcome: """Hoi {{ contact.firstname | default: "daar" }}! Ik zorg dat je vraag bij ons supportteam terechtkomt.""",
        AskQuestion: "Wat is je vraag? Hoe meer details je geeft, hoe sneller we je kunnen helpen.",
        AskEmail: "Op welk e-mailadres kunnen we je bereiken?",
        TicketCreated: "Bedankt! We hebben ticket {{ vars.ticket_reference }} voor je vraag aangemaakt en reageren zo snel mogelijk via {{ contact.email }}.");

    public static TicketsTexts For(string language) => FlowBuilder.Pick(language, English, Dutch);
}
