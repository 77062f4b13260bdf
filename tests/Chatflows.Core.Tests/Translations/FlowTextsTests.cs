using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.Core.Translations;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Translations;

public sealed class FlowTextsTests
{
    private readonly TestEngine _engine = new();

    private static Chatflow Bilingual() => Create(
        Ask("reason", new AskQuestionSettings { Text = "Sales or support?", QuickReplies = [new("Sales", "sales"), new("Support")] }, "thanks",
            IfAnswer(ConditionOperator.Equals, "sales", "sales")),
        Say("thanks", "Thanks, {{ contact.firstname | default: \"friend\" }}!"),
        Say("sales", "Our sales team is here.")) with
    {
        WelcomeMessage = "Hello!",
        Translations = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["nl"] = new Dictionary<string, string>
            {
                ["welcomeMessage"] = "Hallo!",
                ["actions.reason.text"] = "Verkoop of support?",
                ["actions.reason.quickReplies.sales"] = "Verkoop",
                ["actions.reason.quickReplies.Support"] = "Ondersteuning",
                ["actions.thanks.text"] = "Bedankt, {{ contact.firstname | default: \"vriend\" }}!",
            },
        },
    };

    [Fact]
    public void Texts_have_keys_of_action_ids_fields_and_quick_reply_values()
    {
        var texts = new FlowTexts(_engine.Catalog).Of(Bilingual());

        Assert.Equal(
            ["welcomeMessage", "actions.reason.text", "actions.reason.quickReplies.sales", "actions.reason.quickReplies.Support", "actions.thanks.text", "actions.sales.text", "options.errorMessage"],
            texts.Select(t => t.Key));
        Assert.Equal("Sales", texts.Single(t => t.Key == "actions.reason.quickReplies.sales").BaseText);
        Assert.False(texts.Single(t => t.Key == "actions.reason.quickReplies.sales").IsTemplate);
        Assert.True(texts.Single(t => t.Key == "actions.thanks.text").IsTemplate);
    }

    [Fact]
    public async Task A_Dutch_visitor_gets_the_translation_and_branches_still_match_the_value()
    {
        var dutch = _engine.Start(new FlowTexts(_engine.Catalog).Localize(Bilingual(), "nl"));

        var opening = await dutch.OpenAsync();
        var reply = dutch.Last!.Replies[1];
        var answer = await dutch.SayAsync("Verkoop");

        Assert.Equal(["Hallo!", "Verkoop of support?"], opening);
        Assert.Equal([("Verkoop", "sales"), ("Ondersteuning", "Support")], reply.QuickReplies.Select(q => (q.Label, q.EffectiveValue)));
        Assert.Equal(["Our sales team is here."], answer);
    }

    [Fact]
    public async Task A_missing_translation_falls_back_to_the_base_text()
    {
        var dutch = _engine.Start(new FlowTexts(_engine.Catalog).Localize(Bilingual(), "nl"));

        await dutch.OpenAsync();
        var answer = await dutch.SayAsync("sales");

        Assert.Equal(["Our sales team is here."], answer);
    }

    [Fact]
    public void The_base_language_and_an_unknown_one_get_the_flow_as_it_is()
    {
        var flow = Bilingual();
        var texts = new FlowTexts(_engine.Catalog);

        Assert.Same(flow, texts.Localize(flow, "en"));
        Assert.Same(flow, texts.Localize(flow, "de"));
        Assert.Equal("nl", texts.Localize(flow, "nl").Language);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("nl", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("NL_be", "nl")]
    [InlineData("de-DE,nl;q=0.8", "nl")]
    [InlineData("fr", "en")]
    public void The_visitor_gets_the_first_language_they_ask_for_that_the_flow_has(string? requested, string expected)
    {
        Assert.Equal(expected, FlowLanguages.Choose(Bilingual(), requested));
    }
}
