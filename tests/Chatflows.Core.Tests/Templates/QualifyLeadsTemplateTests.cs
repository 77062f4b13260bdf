using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;

namespace Chatflows.Core.Tests.Templates;

public sealed class QualifyLeadsTemplateTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Small_company_becomes_a_lead_and_is_promised_a_follow_up(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("qualify-leads", language));

        var opening = await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("Ann");
        var askSize = await conversation.SayAsync("ann@example.com");
        var notANumber = await conversation.SayAsync("lots");
        var askReason = await conversation.SayAsync("12");
        var closing = await conversation.SayAsync("I'd like to see a demo");

        Assert.Equal(
            [
                t["Hi there! Great to have you here.", "Hoi daar! Leuk dat je er bent."],
                Intro(t),
                t["What's your first name?", "Wat is je voornaam?"],
            ],
            opening);
        Assert.Equal([AskEmail(t)], askEmail);
        Assert.Equal([AskSize(t)], askSize);
        Assert.Equal([t["Please give the number of employees as a number, for example 25.", "Geef het aantal medewerkers als getal, bijvoorbeeld 25."]], notANumber);
        Assert.Equal([AskReason(t)], askReason);
        Assert.Equal(
            [t["Thanks, Ann! We'll follow up at ann@example.com. Have a great day!", "Bedankt, Ann! We nemen contact met je op via ann@example.com. Nog een fijne dag!"]],
            closing);
        Assert.Equal<SideEffect>(
            [
                new SetContactProperty("firstname", "Ann"),
                new SetContactProperty("email", "ann@example.com"),
                new SetCompanyProperty("employees", "12"),
                new SetContactProperty("lifecyclestage", "lead"),
            ],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Known_contact_of_a_company_of_fifty_skips_the_name_and_goes_to_sales(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("qualify-leads", language), TemplateFlows.KnownContact);

        var opening = await conversation.OpenAsync();
        await conversation.SayAsync("ann@example.com");
        await conversation.SayAsync("50");
        var handOff = await conversation.SayAsync("Pricing");

        Assert.Equal([t["Hi Ann! Great to have you here.", "Hoi Ann! Leuk dat je er bent."], Intro(t), AskEmail(t)], opening);
        Assert.Equal(
            [t["Great, thanks! I'm connecting you with someone from our sales team. They'll reply right here shortly.",
                "Top, bedankt! Ik breng je in contact met iemand van ons salesteam. Die reageert hier zo snel mogelijk."]],
            handOff);
        Assert.Equal<SideEffect>(
            [
                new SetContactProperty("email", "ann@example.com"),
                new SetCompanyProperty("employees", "50"),
                new SetContactProperty("lifecyclestage", "lead"),
                new HandOff(null, TemplateFlows.Team),
            ],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Large_company_while_sales_is_offline_is_promised_an_email(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine { Availability = TeamAvailability.Offline };
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("qualify-leads", language));

        await conversation.OpenAsync();
        await conversation.SayAsync("Ann");
        await conversation.SayAsync("ann@example.com");
        await conversation.SayAsync("250");
        var closing = await conversation.SayAsync("Pricing");

        Assert.Equal(
            [t["Thanks! Our sales team isn't available right now, but they'll get back to you at ann@example.com soon.",
                "Bedankt! Ons salesteam is nu niet beschikbaar, maar neemt binnenkort contact met je op via ann@example.com."]],
            closing);
        Assert.Equal<SideEffect>(
            [
                new SetContactProperty("firstname", "Ann"),
                new SetContactProperty("email", "ann@example.com"),
                new SetCompanyProperty("employees", "250"),
                new SetContactProperty("lifecyclestage", "lead"),
            ],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    private static string Intro(Bilingual t) =>
        t["I'd like to ask you a few quick questions, so we can help you better.", "Ik stel je graag een paar korte vragen, zodat we je beter kunnen helpen."];

    private static string AskEmail(Bilingual t) =>
        t["What's the best e-mail address to reach you at, Ann?", "Op welk e-mailadres kunnen we je het best bereiken, Ann?"];

    private static string AskSize(Bilingual t) => t["How many people work at your company?", "Hoeveel mensen werken er bij je bedrijf?"];

    private static string AskReason(Bilingual t) => t["And what brings you here today?", "En waarvoor kom je vandaag langs?"];
}
