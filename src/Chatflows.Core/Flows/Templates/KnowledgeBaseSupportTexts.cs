namespace Chatflows.Core.Flows.Templates;

/// <summary>The words of the knowledge-base + support bot (<see cref="KnowledgeBaseSupportTemplate"/>) in English and Dutch.</summary>
internal sealed record KnowledgeBaseSupportTexts(
    string Welcome,
    string SearchPrompt,
    string ArticlesFound,
    string NoArticles,
    string AskHelped,
    string Yes,
    string No,
    string Helped,
    string OfferHelp,
    string ChatWithSomeone,
    string CreateTicket,
    string SearchAgain,
    string Connecting,
    string NobodyAvailable,
    string AskDetails,
    string AskEmail,
    string TicketCreated)
{
    private static KnowledgeBaseSupportTexts English { get; } = new(
        Welcome: """Hi {{ contact.firstname | default: "there" }}! Let's find you an answer.""",
        SearchPrompt: "What's your question? A few words are enough.",
        ArticlesFound: "These articles might help:",
        NoArticles: "I couldn't find an article about that.",
        AskHelped: "Did this help?",
        Yes: "Yes",
        No: "No",
        Helped: "Glad I could help! Have a nice day.",
        OfferHelp: "How would you like to continue?",
        ChatWithSomeone: "Chat with someone",
        CreateTicket: "Create a ticket",
        SearchAgain: "Search again",
        Connecting: "I'm connecting you with a colleague. They'll reply right here shortly.",
        NobodyAvailable: "Sorry, nobody from the team is available right now, so I'll create a ticket for you instead.",
        AskDetails: "Could you describe your question in a bit more detail? That helps us answer it quickly.",
        AskEmail: "Which e-mail address can we reach you at?",
        TicketCreated: "Thanks! We've created ticket {{ vars.ticket_reference }} and will reply to {{ contact.email }} as soon as we can.");

    private static KnowledgeBaseSupportTexts Dutch { get; } = new(
        Welcome: """Hoi {{ contact.firstname | default: "daar" }}! Laten we een antwoord voor je zoeken.""",
        SearchPrompt: "Wat is je vraag? Een paar woorden is genoeg.",
        ArticlesFound: "Deze artikelen kunnen je verder helpen:",
        NoArticles: "Ik kon daar geen artikel over vinden.",
        AskHelped: "Heeft dit je geholpen?",
        Yes: "Ja",
        No: "Nee",
        Helped: "Fijn dat ik je kon helpen! Nog een fijne dag.",
        OfferHelp: "Hoe wil je verder?",
        ChatWithSomeone: "Chatten met iemand",
        CreateTicket: "Ticket aanmaken",
        SearchAgain: "Opnieuw zoeken",
        Connecting: "Ik verbind je door met een collega. Die reageert hier zo snel mogelijk.",
        NobodyAvailable: "Sorry, er is op dit moment niemand van het team beschikbaar. Ik maak daarom een ticket voor je aan.",
        AskDetails: "Kun je je vraag wat uitgebreider beschrijven? Dan kunnen we je sneller helpen.",
        AskEmail: "Op welk e-mailadres kunnen we je bereiken?",
        TicketCreated: "Bedankt! We hebben ticket {{ vars.ticket_reference }} aangemaakt en reageren zo snel mogelijk via {{ contact.email }}.");

    public static KnowledgeBaseSupportTexts For(string language) => FlowBuilder.Pick(language, English, Dutch);
}
