using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;
using NodaTime;

namespace Chatflows.Core.Tests.Templates;

public sealed class MeetingsTemplateTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task New_visitor_picks_a_time_gives_an_email_and_is_booked(string language)
    {
        var t = new Bilingual(language);
        var engine = WithSlots();
        var conversation = engine.Start(TemplateFlows.Create("meetings", language));

        var opening = await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("slot-1");
        var booked = await conversation.SayAsync("ann@example.com");

        Assert.Equal([t["Hi there! Let's find a time to talk.", "Hoi daar! Laten we een moment prikken om te praten."], Intro(t)], opening);
        Assert.Equal([t["Which e-mail address should the invitation go to?", "Naar welk e-mailadres mogen we de uitnodiging sturen?"]], askEmail);
        Assert.Equal([Booked(t, "Slot 1"), LookingForward(t)], booked);
        Assert.Equal("ann@example.com", Assert.Single(engine.Meetings.Booked).Email);
        Assert.Collection(conversation.SideEffects,
            e => Assert.Equal(new SetContactProperty("email", "ann@example.com"), e),
            e => Assert.Equal("ann@example.com", Assert.IsType<BookMeeting>(e).VisitorEmail));
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Known_visitor_is_booked_with_one_click(string language)
    {
        var t = new Bilingual(language);
        var engine = WithSlots();
        var conversation = engine.Start(TemplateFlows.Create("meetings", language), TemplateFlows.KnownContact);

        var opening = await conversation.OpenAsync();
        var booked = await conversation.SayAsync("slot-3");

        Assert.Equal([t["Hi Ann! Let's find a time to talk.", "Hoi Ann! Laten we een moment prikken om te praten."], Intro(t)], opening);
        Assert.Equal([Booked(t, "Slot 3"), LookingForward(t)], booked);
        Assert.Equal("ann@example.com", Assert.IsType<BookMeeting>(Assert.Single(conversation.SideEffects)).VisitorEmail);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_facing_a_full_calendar_leaves_an_email_to_plan_a_time(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        var conversation = engine.Start(TemplateFlows.Create("meetings", language));

        var opening = await conversation.OpenAsync();
        var closing = await conversation.SayAsync("ann@example.com");

        Assert.Equal(
            [
                t["Hi there! Let's find a time to talk.", "Hoi daar! Laten we een moment prikken om te praten."],
                t["There are no free times in the calendar at the moment.", "Er zijn op dit moment geen vrije tijden in de agenda."],
                AskEmail(t),
            ],
            opening);
        Assert.Equal([FollowUp(t)], closing);
        Assert.Equal<SideEffect>([new SetContactProperty("email", "ann@example.com")], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_facing_a_full_calendar_may_decline_to_leave_an_email(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        var conversation = engine.Start(TemplateFlows.Create("meetings", language));

        await conversation.OpenAsync();
        var closing = await conversation.SayAsync("no-thanks");

        Assert.Equal([t["No problem. Feel free to come back any time. Have a nice day!", "Geen probleem. Kom gerust een andere keer terug. Nog een fijne dag!"]], closing);
        Assert.Empty(conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Visitor_for_whom_no_time_suits_leaves_an_email_to_plan_another(string language)
    {
        var t = new Bilingual(language);
        var engine = WithSlots();
        var conversation = engine.Start(TemplateFlows.Create("meetings", language));

        await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync("cancel");
        var closing = await conversation.SayAsync("ann@example.com");

        Assert.Equal([AskEmail(t)], askEmail);
        Assert.Equal([FollowUp(t)], closing);
        Assert.Empty(engine.Meetings.Booked);
        Assert.Equal<SideEffect>([new SetContactProperty("email", "ann@example.com")], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    private static TestEngine WithSlots()
    {
        var engine = new TestEngine();
        engine.Meetings.WithSlots(engine.Now + Duration.FromHours(2), 3);
        return engine;
    }

    private static string Intro(Bilingual t) => t["Pick a time that suits you:", "Kies een tijd die je uitkomt:"];

    private static string Booked(Bilingual t, string time) =>
        t[$"You're all set: you'll meet Sanne de Vries on {time}. The invitation is on its way to ann@example.com.",
            $"Het staat in de agenda: je spreekt Sanne de Vries op {time}. De uitnodiging is onderweg naar ann@example.com."];

    private static string LookingForward(Bilingual t) => t["Looking forward to talking to you!", "We kijken ernaar uit je te spreken!"];

    private static string AskEmail(Bilingual t) =>
        t["We'd be happy to find another time with you. Leave your e-mail address and we'll get in touch.",
            "We zoeken graag samen een ander moment. Laat je e-mailadres achter, dan nemen we contact met je op."];

    private static string FollowUp(Bilingual t) =>
        t["Thanks! We'll e-mail you at ann@example.com to plan a time.", "Bedankt! We mailen je op ann@example.com om een moment af te spreken."];
}
