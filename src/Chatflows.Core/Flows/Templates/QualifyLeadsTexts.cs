namespace Chatflows.Core.Flows.Templates;

/// <summary>The words of the qualify-leads bot (<see cref="QualifyLeadsTemplate"/>) in English and Dutch.</summary>
internal sealed record QualifyLeadsTexts(
    string Welcome,
    string Intro,
    string AskFirstName,
    string AskEmail,
    string AskCompanySize,
    string CompanySizeInvalid,
    string AskReason,
    string ConnectingToSales,
    string SalesUnavailable,
    string ThankYou)
{
    private static QualifyLeadsTexts English { get; } = new(
        Welcome: """Hi {{ contact.firstname | default: "there" }}! Great to have you here.""",
        Intro: "I'd like to ask you a few quick questions, so we can help you better.",
        AskFirstName: "What's your first name?",
        AskEmail: "What's the best e-mail address to reach you at, {{ contact.firstname }}?",
        AskCompanySize: "How many people work at your company?",
        CompanySizeInvalid: "Please give the number of employees as a number, for example 25.",
        AskReason: "And what brings you here today?",
        ConnectingToSales: "Great, thanks! I'm connecting you with someone from our sales team. They'll reply right here shortly.",
        SalesUnavailable: "Thanks! Our sales team isn't available right now, but they'll get back to you at {{ contact.email }} soon.",
        ThankYou: "Thanks, {{ contact.firstname }}! We'll follow up at {{ contact.email }}. Have a great day!");

    private static QualifyLeadsTexts Dutch { get; } = new(
        Welcome: """Hoi {{ contact.firstname | default: "daar" }}! Leuk dat je er bent.""",
        Intro: "Ik stel je graag een paar korte vragen, zodat we je beter kunnen helpen.",
        AskFirstName: "Wat is je voornaam?",
        AskEmail: "Op welk e-mailadres kunnen we je het best bereiken, {{ contact.firstname }}?",
        AskCompanySize: "Hoeveel mensen werken er bij je bedrijf?",
        CompanySizeInvalid: "Geef het aantal medewerkers als getal, bijvoorbeeld 25.",
        AskReason: "En waarvoor kom je vandaag langs?",
        ConnectingToSales: "Top, bedankt! Ik breng je in contact met iemand van ons salesteam. Die reageert hier zo snel mogelijk.",
        SalesUnavailable: "Bedankt! Ons salesteam is nu niet beschikbaar, maar neemt binnenkort contact met je op via {{ contact.email }}.",
        ThankYou: "Bedankt, {{ contact.firstname }}! We nemen contact met je op via {{ contact.email }}. Nog een fijne dag!");

    public static QualifyLeadsTexts For(string language) => FlowBuilder.Pick(language, English, Dutch);
}
