namespace Chatflows.Core.Flows.Templates;

/// <summary>The words of the offline bot (<see cref="OfflineTemplate"/>) in English and Dutch.</summary>
internal sealed record OfflineTexts(string Welcome, string AskQuestion, string Connecting, string AskEmail, string Thanks)
{
    private static OfflineTexts English { get; } = new(
        Welcome: """Hi {{ contact.firstname | default: "there" }}! Thanks for getting in touch.""",
        AskQuestion: "What can we help you with?",
        Connecting: "I'm connecting you with a colleague. They'll reply right here shortly.",
        AskEmail: "Nobody from our team can chat right now, but we'll get back to you. What's your e-mail address?",
        Thanks: "Thanks! We'll reply to {{ contact.email }} as soon as we can.");

    private static OfflineTexts Dutch { get; } = new(
        Welcome: """Hoi {{ contact.firstname | default: "daar" }}! Fijn dat je contact opneemt.""",
        AskQuestion: "Waarmee kunnen we je helpen?",
        Connecting: "Ik verbind je door met een collega. Die reageert hier zo snel mogelijk.",
        AskEmail: "Er kan op dit moment niemand van ons team chatten, maar we komen bij je terug. Wat is je e-mailadres?",
        Thanks: "Bedankt! We reageren zo snel mogelijk via {{ contact.email }}.");

    public static OfflineTexts For(string language) => FlowBuilder.Pick(language, English, Dutch);
}
