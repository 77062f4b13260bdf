using Chatflows.Core.Engine;
using Chatflows.Core.Tests.TestPorts;

namespace Chatflows.Core.Tests.Templates;

public sealed class TicketsTemplateTests
{
    private const string Question = "My invoice shows the wrong address.";

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task New_visitor_gives_a_question_and_a_valid_email_and_gets_a_ticket_number(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        var conversation = engine.Start(TemplateFlows.Create("tickets", language));

        var opening = await conversation.OpenAsync();
        var askEmail = await conversation.SayAsync(Question);
        var notAnEmail = await conversation.SayAsync("ann at example");
        var confirmation = await conversation.SayAsync("ann@example.com");

        Assert.Equal(
            [
                t["Hi there! I'll make sure your question reaches our support team.", "Hoi daar! Ik zorg dat je vraag bij ons supportteam terechtkomt."],
                t["What's your question? The more detail you give, the faster we can help.", "Wat is je vraag? Hoe meer details je geeft, hoe sneller we je kunnen helpen."],
            ],
            opening);
        Assert.Equal([t["Which e-mail address can we reach you at?", "Op welk e-mailadres kunnen we je bereiken?"]], askEmail);
        Assert.Equal([t["That doesn't look like an e-mail address. Could you check it?", "Dat lijkt geen e-mailadres. Wil je het controleren?"]], notAnEmail);
        Assert.Equal([Confirmation(t)], confirmation);
        Assert.Equal<SideEffect>(
            [new SetContactProperty("email", "ann@example.com"), new CreateTicket("T-1", "customer-care", "waiting", Question, Question)],
            conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Known_contact_is_not_asked_for_an_email_again(string language)
    {
        var t = new Bilingual(language);
        var engine = new TestEngine();
        var conversation = engine.Start(TemplateFlows.Create("tickets", language), TemplateFlows.KnownContact);

        var opening = await conversation.OpenAsync();
        var confirmation = await conversation.SayAsync(Question);

        Assert.Equal(t["Hi Ann! I'll make sure your question reaches our support team.", "Hoi Ann! Ik zorg dat je vraag bij ons supportteam terechtkomt."], opening[0]);
        Assert.Equal([Confirmation(t)], confirmation);
        Assert.Equal<SideEffect>([new CreateTicket("T-1", "customer-care", "waiting", Question, Question)], conversation.SideEffects);
        Assert.Equal(ConversationStatus.Ended, conversation.State!.Status);
    }

    [Fact]
    public async Task Long_question_is_shortened_for_the_ticket_subject_but_kept_whole_in_the_description()
    {
        var engine = new TestEngine();
        var conversation = engine.Start(TemplateFlows.Create("tickets", "en"), TemplateFlows.KnownContact);
        var question = string.Join(' ', Enumerable.Repeat("The export to CSV stops halfway.", 5));

        await conversation.OpenAsync();
        await conversation.SayAsync(question);

        var ticket = Assert.IsType<CreateTicket>(Assert.Single(conversation.SideEffects));
        Assert.Equal(80, ticket.Subject.Length);
        Assert.EndsWith("...", ticket.Subject, StringComparison.Ordinal);
        Assert.Equal(question, ticket.Description);
    }

    private static string Confirmation(Bilingual t) =>
        t["Thanks! We've created ticket T-1 for your question and will reply to ann@example.com as soon as we can.",
            "Bedankt! We hebben ticket T-1 voor je vraag aangemaakt en reageren zo snel mogelijk via ann@example.com."];
}
