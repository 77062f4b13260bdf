using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;

namespace Chatflows.Core.Tests.Templates;

public sealed class KnowledgeBaseSupportTemplateTests
{
    private const string Details = "I clicked the reset link, but no e-mail arrives.";

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_helped_by_an_article_is_wished_a_nice_day(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("knowledge-base-support", language));

        var opening = await conversation.OpenAsync();
        var articles = await conversation.SayAsync(t["password", "wachtwoord"]);
        var closing = await conversation.SayAsync("yes");

        Assert.Equal([t["Hi there! Let's find you an answer.", "Hoi daar! Laten we een antwoord voor je zoeken."], SearchPrompt(t)], opening);
        Assert.Equal([Found(t), AskHelped(t)], articles);
        Assert.Equal([t["Glad I could help! Have a nice day.", "Fijn dat ik je kon helpen! Nog een fijne dag."]], closing);
        Assert.Empty(conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_still_stuck_after_the_articles_chats_with_the_team(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("knowledge-base-support", language));

        await conversation.OpenAsync();
        await conversation.SayAsync(t["password", "wachtwoord"]);
        var offer = await conversation.SayAsync("no");
        var handOff = await conversation.SayAsync(t["Chat with someone", "Chatten met iemand"]);

        Assert.Equal([OfferHelp(t)], offer);
        Assert.Equal(
            [t["I'm connecting you with a colleague. They'll reply right here shortly.", "Ik verbind je door met een collega. Die reageert hier zo snel mogelijk."]],
            handOff);
        Assert.Equal<SideEffect>([new HandOff(null, TemplateFlows.Team)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_still_stuck_after_the_articles_creates_a_ticket_with_the_search_as_subject(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("knowledge-base-support", language));

        await conversation.OpenAsync();
        await conversation.SayAsync(t["password", "wachtwoord"]);
        await conversation.SayAsync("no");
        var askDetails = await conversation.SayAsync("ticket");
        var askEmail = await conversation.SayAsync(Details);
        var confirmation = await conversation.SayAsync("ann@example.com");

        Assert.Equal([AskDetails(t)], askDetails);
        Assert.Equal([t["Which e-mail address can we reach you at?", "Op welk e-mailadres kunnen we je bereiken?"]], askEmail);
        Assert.Equal([Confirmation(t)], confirmation);
        Assert.Equal<SideEffect>(
            [
                new SetContactProperty("email", "ann@example.com"),
                new CreateTicket("T-1", "customer-care", "waiting", t["password", "wachtwoord"], Details),
            ],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Known_visitor_with_no_article_and_nobody_to_chat_gets_a_ticket_without_being_asked_for_an_email(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("knowledge-base-support", language), TemplateFlows.KnownContact);

        await conversation.OpenAsync();
        var notFound = await conversation.SayAsync("invoice");
        var unavailable = await conversation.SayAsync("person");
        var confirmation = await conversation.SayAsync(Details);

        Assert.Equal([NoArticles(t), OfferHelp(t)], notFound);
        Assert.Equal(
            [
                t["Sorry, nobody from the team is available right now, so I'll create a ticket for you instead.",
                    "Sorry, er is op dit moment niemand van het team beschikbaar. Ik maak daarom een ticket voor je aan."],
                AskDetails(t),
            ],
            unavailable);
        Assert.Equal([Confirmation(t)], confirmation);
        Assert.Equal<SideEffect>([new CreateTicket("T-1", "customer-care", "waiting", "invoice", Details)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_with_no_article_may_search_again(string language)
    {
        var t = new Bilingual(language);
        var engine = WithArticles();
        var conversation = engine.Start(TemplateFlows.Create("knowledge-base-support", language));

        await conversation.OpenAsync();
        await conversation.SayAsync("invoice");
        var prompt = await conversation.SayAsync(t["Search again", "Opnieuw zoeken"]);
        var articles = await conversation.SayAsync(t["password", "wachtwoord"]);

        Assert.Equal([SearchPrompt(t)], prompt);
        Assert.Equal([Found(t), AskHelped(t)], articles);
        Assert.Equal(["invoice", t["password", "wachtwoord"]], engine.Knowledge.Queries);
        Assert.Equal("ask-helped", conversation.State!.WaitingOn);
    }

    private static TestEngine WithArticles()
    {
        var engine = new TestEngine();
        engine.Knowledge
            .Add("en", "reset-password", "Reset your password", "Open Settings and choose Reset password.")
            .Add("nl", "wachtwoord-herstellen", "Je wachtwoord herstellen", "Open Instellingen en kies Wachtwoord herstellen.");
        return engine;
    }

    private static string SearchPrompt(Bilingual t) => t["What's your question? A few words are enough.", "Wat is je vraag? Een paar woorden is genoeg."];

    private static string Found(Bilingual t) => t["These articles might help:", "Deze artikelen kunnen je verder helpen:"];

    private static string NoArticles(Bilingual t) => t["I couldn't find an article about that.", "Ik kon daar geen artikel over vinden."];

    private static string AskHelped(Bilingual t) => t["Did this help?", "Heeft dit je geholpen?"];

    private static string OfferHelp(Bilingual t) => t["How would you like to continue?", "Hoe wil je verder?"];

    private static string AskDetails(Bilingual t) =>
        t["Could you describe your question in a bit more detail? That helps us answer it quickly.",
            "Kun je je vraag wat uitgebreider beschrijven? Dan kunnen we je sneller helpen."];

    private static string Confirmation(Bilingual t) =>
        t["Thanks! We've created ticket T-1 and will reply to ann@example.com as soon as we can.",
            "Bedankt! We hebben ticket T-1 aangemaakt en reageren zo snel mogelijk via ann@example.com."];
}
