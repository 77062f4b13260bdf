using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;

namespace Chatflows.Core.Tests.Templates;

public sealed class OfflineTemplateTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task During_office_hours_the_visitor_is_handed_to_an_available_colleague(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine { Availability = TeamAvailability.Available };
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("offline", language));

        var opening = await conversation.OpenAsync();
        var handOff = await conversation.SayAsync("Can I change my plan?");

        Assert.Equal(
            [
                t["Hi there! Thanks for getting in touch.", "Hoi daar! Fijn dat je contact opneemt."],
                t["What can we help you with?", "Waarmee kunnen we je helpen?"],
            ],
            opening);
        Assert.Equal(
            [t["I'm connecting you with a colleague. They'll reply right here shortly.", "Ik verbind je door met een collega. Die reageert hier zo snel mogelijk."]],
            handOff);
        Assert.Equal<SideEffect>([new HandOff(null, TemplateFlows.Team)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.HandedOff, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task During_office_hours_with_every_colleague_busy_the_visitor_leaves_an_email(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine { Availability = TeamAvailability.Available };
        engine.Roster.With(TemplateFlows.BusyAgent);
        var conversation = engine.Start(TemplateFlows.Create("offline", language));

        await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("Can I change my plan?");
        var closing = await conversation.SayAsync("ann@example.com");

        Assert.Equal([AskEmail(t)], askEmail);
        Assert.Equal([Thanks(t)], closing);
        Assert.Equal<SideEffect>([new SetContactProperty("email", "ann@example.com")], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en", TeamAvailability.Away)]
    [InlineData("nl", TeamAvailability.Away)]
    [InlineData("en", TeamAvailability.Offline)]
    [InlineData("nl", TeamAvailability.Offline)]
    [InlineData("en", TeamAvailability.AtCapacity)]
    [InlineData("nl", TeamAvailability.AtCapacity)]
    public async Task Outside_office_hours_the_visitor_leaves_an_email_and_is_thanked(string language, TeamAvailability availability)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine { Availability = availability };
        engine.Roster.With(TemplateFlows.AvailableAgent);
        var conversation = engine.Start(TemplateFlows.Create("offline", language));

        await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("Can I change my plan?");
        var closing = await conversation.SayAsync("Ann@Example.com");

        Assert.Equal([AskEmail(t)], askEmail);
        Assert.Equal([Thanks(t)], closing);
        Assert.Equal<SideEffect>([new SetContactProperty("email", "ann@example.com")], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    private static string AskEmail(Bilingual t) =>
        t["Nobody from our team can chat right now, but we'll get back to you. What's your e-mail address?",
            "Er kan op dit moment niemand van ons team chatten, maar we komen bij je terug. Wat is je e-mailadres?"];

    private static string Thanks(Bilingual t) =>
        t["Thanks! We'll reply to ann@example.com as soon as we can.", "Bedankt! We reageren zo snel mogelijk via ann@example.com."];
}
