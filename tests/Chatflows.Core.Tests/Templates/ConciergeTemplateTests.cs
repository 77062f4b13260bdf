using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;
using NodaTime;

namespace Chatflows.Core.Tests.Templates;

public sealed class ConciergeTemplateTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_whose_question_an_article_answers_is_thanked_and_the_chat_ends(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        var opening = await conversation.OpenAsync();
        var prompt = await conversation.SayAsync("search");
        var articles = await conversation.SayAsync(t["password", "wachtwoord"]);
        var closing = await conversation.SayAsync("yes");

        Assert.Equal(Opening(t), opening);
        Assert.Equal([t["Sure! What are you looking for? A few words are enough.", "Prima! Waar ben je naar op zoek? Een paar woorden is genoeg."]], prompt);
        Assert.Equal([t["These articles might help:", "Deze artikelen kunnen je verder helpen:"], t["Did that answer your question?", "Heeft dit je vraag beantwoord?"]], articles);
        Assert.Equal([t["Great, glad I could help! Have a nice day.", "Fijn dat ik je kon helpen! Nog een fijne dag."]], closing);
        Assert.Empty(conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_the_articles_did_not_help_is_handed_to_the_team(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        await conversation.SayAsync("search");
        await conversation.SayAsync(t["password", "wachtwoord"]);
        var handOff = await conversation.SayAsync("no");

        Assert.Equal([Connecting(t)], handOff);
        Assert.Equal<SideEffect>([new HandOff(null, TemplateFlows.Team)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_with_no_article_and_nobody_to_chat_leaves_an_email_and_gets_a_ticket(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        await conversation.SayAsync("search");
        var notFound = await conversation.SayAsync("invoice");
        var askQuestion = await conversation.SayAsync("Ann@Example.com");
        var confirmation = await conversation.SayAsync("Where can I download my invoice?");

        Assert.Equal([t["I couldn't find an article about that.", "Ik kon daar geen artikel over vinden."], NobodyAvailable(t), AskEmail(t)], notFound);
        Assert.Equal([t["Thanks! What would you like us to help you with?", "Bedankt! Waarmee kunnen we je helpen?"]], askQuestion);
        Assert.Equal(
            [t["Got it. Your question is logged under T-1, and we'll reply to ann@example.com as soon as we can.",
                "Helder. Je vraag is geregistreerd onder T-1 en we reageren zo snel mogelijk via ann@example.com."]],
            confirmation);
        Assert.Equal<SideEffect>(
            [
                new SetContactProperty("email", "ann@example.com"),
                new CreateTicket("T-1", "customer-care", "waiting", "Where can I download my invoice?", "Where can I download my invoice?"),
            ],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_who_asks_for_a_person_is_handed_to_the_team(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        var handOff = await conversation.SayAsync("person");

        Assert.Equal([Connecting(t)], handOff);
        Assert.Equal<SideEffect>([new HandOff(null, TemplateFlows.Team)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_who_asks_for_a_person_while_the_team_is_away_may_decline_to_leave_an_email(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine { Availability = TeamAvailability.Away };
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("person");
        var closing = await conversation.SayAsync(t["No, thanks", "Nee, bedankt"]);

        Assert.Equal([NobodyAvailable(t), AskEmail(t)], askEmail);
        Assert.Equal([t["No problem. Feel free to come back any time. Have a nice day!", "Geen probleem. Kom gerust een andere keer terug. Nog een fijne dag!"]], closing);
        Assert.Empty(conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Known_visitor_books_a_meeting_and_is_greeted_by_name(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Meetings.WithSlots(engine.Now + Duration.FromHours(2), 3);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language), TemplateFlows.KnownContact);

        var opening = await conversation.OpenAsync();
        var slots = await conversation.SayAsync("meeting");
        var booked = await conversation.SayAsync("slot-2");

        Assert.Equal([t["Hi Ann, welcome! I'm here to help you on your way.", "Hoi Ann, welkom! Ik help je graag op weg."], AskReason(t)], opening);
        Assert.Equal([t["Happy to set that up. Pick a time that suits you:", "Dat regelen we. Kies een tijd die je uitkomt:"]], slots);
        Assert.Equal(
            [
                t["You're all set: you'll meet Sanne de Vries on Slot 2. The invitation is on its way to ann@example.com.",
                    "Het staat in de agenda: je spreekt Sanne de Vries op Slot 2. De uitnodiging is onderweg naar ann@example.com."],
                t["Looking forward to talking to you!", "We kijken ernaar uit je te spreken!"],
            ],
            booked);
        Assert.Equal("ann@example.com", Assert.Single(engine.Meetings.Booked).Email);
        Assert.Equal("ann@example.com", Assert.IsType<BookMeeting>(Assert.Single(conversation.SideEffects)).VisitorEmail);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_who_finds_no_free_meeting_time_is_handed_to_the_team(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        var handOff = await conversation.SayAsync("meeting");

        Assert.Equal([t["There are no free times in the calendar at the moment.", "Er zijn op dit moment geen vrije tijden in de agenda."], Connecting(t)], handOff);
        Assert.Equal<SideEffect>([new HandOff(null, TemplateFlows.Team)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_for_whom_no_meeting_time_suits_chooses_again(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Meetings.WithSlots(engine.Now + Duration.FromHours(2), 3);
        var conversation = engine.Start(TemplateFlows.Create("concierge", language));

        await conversation.OpenAsync();
        await conversation.SayAsync("meeting");
        var again = await conversation.SayAsync(t["None of these times", "Geen van deze tijden"]);

        Assert.Equal([AskReason(t)], again);
        Assert.Empty(engine.Meetings.Booked);
        Assert.Equal("ask-reason", conversation.State!.WaitingOn);
    }

    private static TestEngine WithArticles()
    {
        var engine = new TestEngine();
        engine.Knowledge
            .Add("en", "reset-password", "Reset your password", "Open Settings and choose Reset password.")
            .Add("nl", "wachtwoord-herstellen", "Je wachtwoord herstellen", "Open Instellingen en kies Wachtwoord herstellen.");
        return engine;
    }

    private static string[] Opening(Bilingual t) =>
        [t["Hi there, welcome! I'm here to help you on your way.", "Hoi daar, welkom! Ik help je graag op weg."], AskReason(t)];

    private static string AskReason(Bilingual t) => t["What can I help you with?", "Waarmee kan ik je helpen?"];

    private static string Connecting(Bilingual t) =>
        t["I'm connecting you with a colleague. They'll reply right here shortly.", "Ik verbind je door met een collega. Die reageert hier zo snel mogelijk."];

    private static string NobodyAvailable(Bilingual t) =>
        t["Sorry, nobody from the team is available right now.", "Sorry, er is op dit moment niemand van het team beschikbaar."];

    private static string AskEmail(Bilingual t) =>
        t["Leave your e-mail address and we'll get back to you as soon as we can.", "Laat je e-mailadres achter, dan nemen we zo snel mogelijk contact met je op."];
}
