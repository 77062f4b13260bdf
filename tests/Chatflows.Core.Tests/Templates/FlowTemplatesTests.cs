using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Tests.TestPorts;

namespace Chatflows.Core.Tests.Templates;

public sealed class FlowTemplatesTests
{
    private static readonly string[] Keys = ["concierge", "qualify-leads", "meetings", "tickets", "knowledge-base-support", "offline"];

    public static TheoryData<string> AllKeys => new(Keys);

    public static TheoryData<string, string> KeysAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var key in Keys)
            {
                foreach (var language in Core.Text.TextCatalog.BuiltIn.Languages)
                {
                    data.Add(key, language);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(KeysAndLanguages))]
    public void Every_template_is_valid_without_a_single_finding(string key, string language)
    {
        var engine = new TestEngine();
        var flow = TemplateFlows.Create(key, language);

        var findings = engine.Validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Every_template_survives_saving_and_loading_unchanged(string key)
    {
        var json = FlowJson.Serialize(TemplateFlows.Create(key, "nl"));

        var reloaded = FlowJson.Serialize(FlowJson.Deserialize(json));

        Assert.Equal(json, reloaded);
    }

    [Fact]
    public void Inbox_offers_all_six_templates_in_dialog_order()
    {
        var templates = new FlowTemplates();

        var offered = templates.For(FlowBinding.Inbox);

        Assert.Equal(Keys, offered.Select(t => t.Key));
        Assert.Equal(templates.All, offered);
    }

    [Fact]
    public void Helpdesk_offers_only_the_support_templates()
    {
        var templates = new FlowTemplates();

        var offered = templates.For(FlowBinding.Helpdesk);

        Assert.Equal(["tickets", "knowledge-base-support", "offline"], offered.Select(t => t.Key));
    }

    [Theory]
    [InlineData("concierge")]
    [InlineData("qualify-leads")]
    [InlineData("meetings")]
    public void Create_refuses_a_sales_template_for_a_helpdesk_chatflow(string key)
    {
        var templates = new FlowTemplates();

        var error = Assert.Throws<ArgumentException>(() => templates.Create(key, TemplateFlows.Parameters("en", FlowBinding.Helpdesk)));

        Assert.Equal("key", error.ParamName);
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("tickets, knowledge-base-support, offline", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tickets")]
    [InlineData("knowledge-base-support")]
    [InlineData("offline")]
    public void Support_templates_work_for_a_helpdesk_chatflow(string key)
    {
        var engine = new TestEngine();

        var flow = TemplateFlows.Create(key, "en", FlowBinding.Helpdesk);

        Assert.Equal(FlowBinding.Helpdesk, flow.Binding);
        Assert.Empty(engine.Validator.Validate(flow));
    }

    [Fact]
    public void Create_refuses_an_unknown_template_and_names_the_known_ones()
    {
        var templates = new FlowTemplates();

        var error = Assert.Throws<ArgumentException>(() => templates.Create("faq", TemplateFlows.Parameters("en")));

        Assert.Contains("'faq'", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Keys), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Create_keeps_the_given_id_name_language_knowledge_base_and_ticket_settings(string key)
    {
        var parameters = TemplateFlows.Parameters("nl", FlowBinding.Inbox) with { Id = "sales-nl", Name = "Verkoop NL" };

        var flow = new FlowTemplates().Create(key, parameters);

        Assert.Equal("sales-nl", flow.Id);
        Assert.Equal("Verkoop NL", flow.Name);
        Assert.Equal("nl", flow.Language);
        Assert.Equal(FlowBinding.Inbox, flow.Binding);
        Assert.Equal("help-centre", flow.KnowledgeBase.KnowledgeBaseId);
        Assert.Equal(new TicketSettings("customer-care", "waiting"), flow.Tickets);
        Assert.Equal(key, flow.Template);
    }

    [Theory]
    [InlineData("concierge", true)]
    [InlineData("qualify-leads", false)]
    [InlineData("meetings", false)]
    [InlineData("tickets", false)]
    [InlineData("knowledge-base-support", true)]
    [InlineData("offline", false)]
    public void Only_templates_that_search_the_knowledge_base_switch_search_on(string key, bool searches)
    {
        var flow = TemplateFlows.Create(key, "en");

        Assert.Equal(searches, flow.KnowledgeBase.Enabled);
        Assert.Equal(searches, flow.Actions.Any(a => a.Type == "searchKnowledgeBase"));
    }

    [Fact]
    public async Task A_German_template_speaks_German()
    {
        var engine = new TestEngine();
        var flow = new FlowTemplates().Create("tickets", TemplateFlows.Parameters("de"));

        var replies = await engine.Start(flow).OpenAsync();

        Assert.Equal("de", flow.Language);
        Assert.Empty(engine.Validator.Validate(flow));
        Assert.Equal(
            ["Hallo und willkommen! Ich sorge dafür, dass Ihre Frage bei unserem Support-Team ankommt.",
             "Was ist Ihre Frage? Je mehr Details Sie nennen, desto schneller können wir helfen."],
            replies);
    }

    [Fact]
    public async Task A_language_without_template_texts_gets_English_texts_keeps_its_code_and_is_not_offered()
    {
        var folder = Directory.CreateTempSubdirectory("chatflows-texts-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "pt.json"), """{ "name": "Português", "widget": { "send": "Enviar" } }""");
            var engine = new TestEngine();
            var templates = new FlowTemplates(new Core.Text.TextCatalog(folder));
            var flow = templates.Create("tickets", TemplateFlows.Parameters("pt"));

            var replies = await engine.Start(flow).OpenAsync();

            Assert.Equal("pt", flow.Language);
            Assert.Equal(["ar", "de", "en", "es", "fr", "nl"], templates.Languages);
            Assert.Equal(["Hi there! I'll make sure your question reaches our support team.", "What's your question? The more detail you give, the faster we can help."], replies);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("concierge")]
    [InlineData("meetings")]
    public void Without_a_person_meetings_are_booked_round_robin_in_the_hand_off_team(string key)
    {
        var engine = new TestEngine();
        var parameters = TemplateFlows.Parameters("en") with { MeetingUserId = null };

        var flow = new FlowTemplates().Create(key, parameters);

        var settings = flow.FindAction("book-meeting")!.Settings;
        Assert.Null(settings["userId"]);
        Assert.Equal(TemplateFlows.Team, settings["teamId"]!.GetValue<string>());
        Assert.Empty(engine.Validator.Validate(flow));
    }

    [Fact]
    public void Without_a_person_or_team_the_builder_asks_whose_meetings_to_book()
    {
        var engine = new TestEngine();
        var parameters = TemplateFlows.Parameters("en") with { MeetingUserId = null, HandOffTeamId = null };

        var findings = engine.Validator.Validate(new FlowTemplates().Create("meetings", parameters));

        var finding = Assert.Single(findings);
        Assert.Equal(("book-meeting", "userId"), (finding.ActionId, finding.Field));
    }
}
