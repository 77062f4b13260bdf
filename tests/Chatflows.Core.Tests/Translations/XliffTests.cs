using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.Core.Translations;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Translations;

public sealed class XliffTests
{
    private readonly TestEngine _engine = new();

    private static Chatflow Flow() => Create(
        Ask("ask", new Core.Actions.AskQuestionSettings { Text = "Hi {{ contact.firstname }}?", QuickReplies = [new("Talk to us", "talk to_us é")] }));

    [Theory]
    [InlineData("actions.ask.text", "actions.ask.text")]
    [InlineData("actions.ask.quickReplies.talk to_us é", "actions.ask.quickReplies.talk_20to_5Fus_20_C3_A9")]
    public void Keys_become_name_tokens_and_back(string key, string id)
    {
        Assert.Equal(id, XliffUnitIds.Encode(key));
        Assert.Equal(key, XliffUnitIds.Decode(id));
    }

    [Theory]
    [InlineData("a_")]
    [InlineData("a_ZZ")]
    [InlineData("a_C3")]
    public void An_id_this_module_did_not_make_decodes_to_nothing(string id) => Assert.Null(XliffUnitIds.Decode(id));

    [Fact]
    public void An_exported_file_read_back_with_targets_gives_the_translations()
    {
        var flow = Flow();
        var texts = new FlowTexts(_engine.Catalog);
        var file = Xliff.Write("bot", "en", "nl", texts.Of(flow), new Dictionary<string, string> { ["actions.ask.text"] = "Hoi {{ contact.firstname }}? <b>&amp;</b>" });

        var document = Xliff.Read(new StringReader(file));
        var (translated, errors) = new XliffImport(texts, _engine.Templates).Check(document, flow);

        Assert.Empty(errors);
        Assert.Equal(("en", "nl"), (document.SourceLanguage, document.TargetLanguage));
        Assert.Equal("Hoi {{ contact.firstname }}? <b>&amp;</b>", Assert.Single(translated).Value);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var document = Xliff.Read(new StringReader(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">&e;</xliff>"));

        var error = Assert.Single(document.Errors);
        Assert.Equal(2, error.Line);
        Assert.Empty(document.Units);
    }

    [Fact]
    public void A_target_with_inline_markup_is_refused_at_its_line()
    {
        var document = Xliff.Read(new StringReader(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"nl\"><file id=\"f\">\n<unit id=\"actions.ask.text\"><segment><source>Hi</source>\n<target>Hoi <ph id=\"1\"/></target></segment></unit></file></xliff>"));

        Assert.Equal(3, Assert.Single(document.Errors).Line);
    }

    [Fact]
    public void A_file_for_another_base_language_is_refused()
    {
        var texts = new FlowTexts(_engine.Catalog);
        var document = Xliff.Read(new StringReader(Xliff.Write("bot", "de", "nl", texts.Of(Flow()), null)));

        var (_, errors) = new XliffImport(texts, _engine.Templates).Check(document, Flow());

        Assert.Contains(errors, e => e.Message.Contains("base language is 'en'", StringComparison.Ordinal));
    }
}
