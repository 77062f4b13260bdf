using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using Chatflows.Core.Translations;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Translations;

public sealed class TranslationValidatorTests
{
    private readonly TestEngine _engine = new();

    private static Chatflow WithDutch(Dictionary<string, string> dutch, string language = "nl") =>
        Create(Say("hello", "Hello {{ contact.firstname }}")) with
        {
            Translations = new Dictionary<string, IReadOnlyDictionary<string, string>> { [language] = dutch },
        };

    [Fact]
    public void A_missing_translation_is_a_warning_naming_its_field()
    {
        var findings = _engine.Validator.Validate(WithDutch(new() { ["options.errorMessage"] = "Sorry, er ging iets mis." }));

        var missing = Assert.Single(findings, f => f.Code == TranslationValidator.MissingCode);
        Assert.Equal(FindingSeverity.Warning, missing.Severity);
        Assert.Equal("translations.nl.actions.hello.text", missing.Field);
        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Broken_liquid_in_a_translation_is_an_error()
    {
        var findings = _engine.Validator.Validate(WithDutch(new() { ["actions.hello.text"] = "Hallo {{ contact.firstname " }));

        var error = Assert.Single(findings, f => f.Code == "translation.template");
        Assert.Equal(FindingSeverity.Error, error.Severity);
        Assert.Equal("translations.nl.actions.hello.text", error.Field);
    }

    [Fact]
    public void A_language_without_built_in_texts_or_the_base_language_cannot_be_a_translation()
    {
        Assert.Contains(_engine.Validator.Validate(WithDutch([], "xx")), f => f.Code == "translation.language" && f.Severity == FindingSeverity.Error);
        Assert.Contains(_engine.Validator.Validate(WithDutch([], "en")), f => f.Code == "translation.language" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_translation_of_a_text_that_is_gone_is_a_warning()
    {
        var findings = _engine.Validator.Validate(WithDutch(new() { ["actions.removed.text"] = "Weg" }));

        Assert.Contains(findings, f => f.Code == "translation.unused" && f.Field == "translations.nl.actions.removed.text");
    }
}
