using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.KnowledgeBase.Actions;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Actions;

/// <summary>The knowledge base's own action (in Chatflows.KnowledgeBase), run by the Core engine like any plug-in.</summary>
public sealed class SearchKnowledgeActionTests
{
    private readonly TestEngine _engine = new();

    public SearchKnowledgeActionTests()
    {
        _engine.Knowledge
            .Add("en", "reset-password", "Reset your password", "Open settings and choose reset password.")
            .Add("en", "export-invoices", "Export invoices", "Download invoices as PDF or CSV.")
            .Add("en", "invoice-vat", "VAT on invoices", "How VAT shows on an invoice.")
            .Add("nl", "wachtwoord", "Wachtwoord herstellen", "Ga naar instellingen: password reset.");
    }

    [Fact]
    public async Task Asks_what_the_visitor_is_looking_for_and_waits()
    {
        var conversation = _engine.Start(KnowledgeFlow());

        var texts = await conversation.OpenAsync();

        Assert.Equal(["What are you looking for? Describe it in a few words."], texts);
        Assert.Equal(BotReplyKind.Question, conversation.Last!.Replies[0].Kind);
        Assert.Equal("search", conversation.State!.WaitingOn);
        Assert.Empty(_engine.Knowledge.Queries);
    }

    [Fact]
    public async Task Found_articles_are_shared_as_cards()
    {
        var conversation = _engine.Start(KnowledgeFlow());
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync(" reset password ");

        Assert.Equal(["These articles might help:", "Outcome: Found"], texts);
        var reply = conversation.Last!.Replies[0];
        Assert.Equal(BotReplyKind.Articles, reply.Kind);
        var article = Assert.Single(reply.Payload!["articles"]!.AsArray())!;
        Assert.Equal(("reset-password", "Reset your password", "/help/reset-password"), ((string)article["slug"]!, (string)article["title"]!, (string)article["url"]!));
        Assert.Equal(["reset password"], _engine.Knowledge.Queries);
        Assert.Equal("reset password", conversation.State!.Variables["kb_query"]);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "search", "Found"), conversation.Events);
    }

    [Fact]
    public async Task At_most_the_configured_number_of_articles_is_shared()
    {
        var conversation = _engine.Start(KnowledgeFlow(new SearchKnowledgeSettings(MaxResults: 1)));
        await conversation.OpenAsync();

        await conversation.SayAsync("invoices");

        Assert.Single(conversation.Last!.Replies[0].Payload!["articles"]!.AsArray());
    }

    [Fact]
    public async Task Nothing_found_ends_with_NotFound()
    {
        var conversation = _engine.Start(KnowledgeFlow(new SearchKnowledgeSettings(NotFoundMessage: "No article about {{ vars.kb_query }}.")));
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("holiday rental");

        Assert.Equal(["No article about holiday rental.", "Outcome: NotFound"], texts);
        Assert.Contains(new FlowEvent(FlowEventKind.ActionCompleted, "search", "NotFound"), conversation.Events);
    }

    [Fact]
    public async Task Search_is_in_the_flow_language()
    {
        var conversation = _engine.Start(KnowledgeFlow() with { Language = "nl" });
        await conversation.OpenAsync();

        await conversation.SayAsync("password reset");

        var article = Assert.Single(conversation.Last!.Replies[0].Payload!["articles"]!.AsArray())!;
        Assert.Equal("wachtwoord", (string)article["slug"]!);
    }

    [Fact]
    public async Task Earlier_answer_is_searched_without_asking()
    {
        var conversation = _engine.Start(Create(
            Ask("question", new AskQuestionSettings { Text = "How can I help?", SaveAs = "question" }, "search"),
            Action("search", "searchKnowledgeBase", new SearchKnowledgeSettings(QueryVariable: "question"))) with
        {
            KnowledgeBase = new KnowledgeBaseSettings(Enabled: true, KnowledgeBaseId: "help"),
        });
        await conversation.OpenAsync();

        var texts = await conversation.SayAsync("export invoices");

        Assert.Equal(["These articles might help:"], texts);
        Assert.Equal(["export invoices"], _engine.Knowledge.Queries);
    }

    [Fact]
    public void Validation_refuses_the_action_when_knowledge_base_search_is_off()
    {
        var flow = KnowledgeFlow() with { KnowledgeBase = new KnowledgeBaseSettings(Enabled: false) };

        var findings = _engine.Validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal(("search", FindingSeverity.Error, "action.settings", "knowledgeBase"), (finding.ActionId, finding.Severity, finding.Code, finding.Field));
    }

    [Fact]
    public void Validation_accepts_the_action_when_knowledge_base_search_is_on()
    {
        var findings = _engine.Validator.Validate(KnowledgeFlow());

        Assert.Empty(findings);
    }

    private static Chatflow KnowledgeFlow(SearchKnowledgeSettings? settings = null) => Create(
        Action("search", "searchKnowledgeBase", settings ?? new SearchKnowledgeSettings(), null,
            IfOutcome("Found", "found"), IfOutcome("NotFound", "not-found")),
        Say("found", "Outcome: Found"),
        Say("not-found", "Outcome: NotFound")) with
    {
        KnowledgeBase = new KnowledgeBaseSettings(Enabled: true, KnowledgeBaseId: "help"),
    };
}
