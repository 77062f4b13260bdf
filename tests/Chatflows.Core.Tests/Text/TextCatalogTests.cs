using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;

namespace Chatflows.Core.Tests.Text;

public sealed class TextCatalogTests : IDisposable
{
    private static readonly string[] Shipped = ["ar", "de", "en", "es", "fr", "nl"];

    private readonly string _folder = Directory.CreateTempSubdirectory("chatflows-texts-").FullName;

    [Fact]
    public void The_shipped_languages_are_English_Dutch_German_French_Spanish_and_Arabic()
    {
        Assert.Equal(Shipped, TextCatalog.BuiltIn.Languages);
    }

    [Fact]
    public void A_key_a_language_lacks_falls_back_to_English()
    {
        File.WriteAllText(Path.Combine(_folder, "pt.json"), """{ "name": "Português", "widget": { "send": "Enviar" } }""");

        var portuguese = new TextCatalog(_folder).For("pt");

        Assert.Equal("Português", portuguese.Name);
        Assert.Equal("Enviar", portuguese.Text("widget", "send"));
        Assert.Equal("Your message", portuguese.Text("widget", "message"));
        Assert.Equal(TextCatalog.BuiltIn.For("en").Text("bot", "invalidEmail"), BuiltInTexts.From(portuguese).InvalidEmail);
    }

    [Fact]
    public void A_site_file_for_a_shipped_language_replaces_only_the_keys_it_names()
    {
        File.WriteAllText(Path.Combine(_folder, "nl.json"), """{ "widget": { "send": "Verzenden" } }""");

        var dutch = new TextCatalog(_folder).For("nl");

        Assert.Equal("Verzenden", dutch.Text("widget", "send"));
        Assert.Equal("Je bericht", dutch.Text("widget", "message"));
    }

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("NL", "nl")]
    [InlineData("pt-BR", "en")]
    [InlineData(null, "en")]
    public void A_regional_or_unknown_language_gets_its_base_language_or_English(string? asked, string expected)
    {
        Assert.Equal(expected, TextCatalog.BuiltIn.For(asked).Code);
    }

    [Fact]
    public void Arabic_is_written_right_to_left_and_the_others_left_to_right()
    {
        Assert.True(TextCatalog.BuiltIn.For("ar").RightToLeft);
        Assert.DoesNotContain(Shipped.Where(l => l != "ar"), l => TextCatalog.BuiltIn.For(l).RightToLeft);
    }

    [Fact]
    public void A_key_no_language_has_shows_as_itself()
    {
        Assert.Equal("noSuchText", TextCatalog.BuiltIn.For("nl").Text("widget", "noSuchText"));
    }

    [Fact]
    public void The_validator_accepts_a_language_added_by_a_file_alone()
    {
        File.WriteAllText(Path.Combine(_folder, "pt.json"), """{ "name": "Português", "widget": { "send": "Enviar" } }""");
        var flow = new Chatflow { Id = "pt-bot", Name = "Bot", Language = "pt", Options = new() { ErrorMessage = "Erro" } };
        var catalog = new ActionCatalog([]);

        var withFile = new FlowValidator(catalog, new MessageTemplates(), texts: new TextCatalog(_folder)).Validate(flow);
        var withoutFile = new FlowValidator(catalog, new MessageTemplates()).Validate(flow);

        Assert.DoesNotContain(withFile, f => f.Code == "flow.language");
        Assert.Contains(withoutFile, f => f.Code == "flow.language");
    }

    [Fact]
    public void A_file_not_named_by_a_language_code_is_refused_at_start()
    {
        File.WriteAllText(Path.Combine(_folder, "readme.json"), "{}");

        var error = Assert.Throws<InvalidOperationException>(() => new TextCatalog(_folder));

        Assert.Contains("readme.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
