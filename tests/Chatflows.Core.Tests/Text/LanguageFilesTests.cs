using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Text;
using Chatflows.Core.Translations;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Tests.Text;

/// <summary>
/// The shipped texts files (STYLE 31): every language has every key English has, with the same placeholders, every
/// validation message the code makes has English words, and a language added by a file alone brings its own
/// templates and validation messages.
/// </summary>
public sealed partial class LanguageFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflows-texts-").FullName;

    public static TheoryData<string> Translated => new(TextCatalog.BuiltIn.Languages.Where(l => l != TextCatalog.Fallback));

    [Theory]
    [MemberData(nameof(Translated))]
    public void Every_shipped_language_file_has_every_key_English_has_with_the_same_placeholders(string language)
    {
        var english = Keys(ShippedFile("en"));

        var own = Keys(ShippedFile(language));

        var missing = english.Keys.Except(own.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = own.Keys.Except(english.Keys).Order(StringComparer.Ordinal).ToList();
        var otherPlaceholders = english.Keys.Intersect(own.Keys).Where(k => Placeholders(english[k]) != Placeholders(own[k])).ToList();
        Assert.True(missing.Count == 0, $"{language}.json lacks {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"{language}.json has keys English lacks: {string.Join(", ", extra)}");
        Assert.True(otherPlaceholders.Count == 0, $"{language}.json has other placeholders in {string.Join(", ", otherPlaceholders)}");
    }

    [Fact]
    public void Every_validation_message_the_code_makes_has_English_words_with_every_placeholder_filled()
    {
        var english = TextCatalog.BuiltIn.For("en");
        var makers = typeof(ValidationTexts).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(TextMessage)).ToList();

        var messages = makers.Select(m => (TextMessage)m.Invoke(null, [.. m.GetParameters().Select(Sample)])!).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.True(english.Section(TextMessage.Section).ContainsKey(m.Key), $"en.json has no validation text '{m.Key}'"));
        Assert.All(messages, m => Assert.DoesNotMatch(Placeholder(), m.English));
        Assert.Equal(messages.Count, messages.Select(m => m.Key).Distinct().Count());
    }

    [Fact]
    public void A_language_added_by_a_file_alone_has_its_templates_and_validation_messages()
    {
        File.WriteAllText(Path.Combine(_folder, "it.json"), """
            {
              "name": "Italiano",
              "template.offline": { "welcome": "Ciao! Grazie per averci contattato." },
              "validation": { "flow.name": "Dai al chatflow un nome da 1 a 100 caratteri.", "branch.condition": "Ramo {number}: {problem}" }
            }
            """);
        var catalog = new TextCatalog(_folder);
        var templates = new FlowTemplates(catalog);
        var validator = new FlowValidator(new ActionCatalog([]), new MessageTemplates(), texts: catalog);

        var flow = templates.Create("offline", new TemplateParameters("it-bot", "", "it", FlowBinding.Inbox));
        var findings = validator.Validate(flow with { Actions = [] });

        Assert.Contains("it", templates.Languages);
        Assert.Equal("Ciao! Grazie per averci contattato.", flow.WelcomeMessage);
        Assert.Equal("What can we help you with?", flow.Actions[0].Settings["text"]?.GetValue<string>());
        var name = Assert.Single(findings, f => f.Code == "flow.name");
        Assert.Equal("Give the chatflow a name of 1 to 100 characters.", name.Message);
        Assert.Equal("Dai al chatflow un nome da 1 a 100 caratteri.", name.MessageIn(catalog.For("it")));
        Assert.Equal("Geef de chatflow een naam van 1 tot 100 tekens.", name.MessageIn(catalog.For("nl")));
    }

    [Fact]
    public void A_nested_message_and_a_number_are_written_in_the_language_they_are_shown_in()
    {
        var message = ValidationTexts.BranchCondition(2, ValidationTexts.ConditionNumber());
        var delay = ValidationTexts.TypingDelay(10_000);

        Assert.Equal("Branch 2: compare with a number.", message.English);
        Assert.Equal("Zweig 2: vergleichen Sie mit einer Zahl.", message.In(TextCatalog.BuiltIn.For("de")));
        Assert.Equal("The typing delay is 0 to 10,000 milliseconds.", delay.English);
        Assert.Equal("De typvertraging is 0 tot 10.000 milliseconden.", delay.In(TextCatalog.BuiltIn.For("nl")));
    }

    [Fact]
    public void An_XLIFF_error_keeps_its_line_in_the_language_it_is_shown_in()
    {
        var error = new XliffError(4, ValidationTexts.XliffTwice("t.welcome"));

        Assert.Equal("Line 4: The unit 't.welcome' comes twice.", error.ToString());
        Assert.Equal("Regel 4: De unit 't.welcome' komt twee keer voor.", error.In(TextCatalog.BuiltIn.For("nl")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static object Sample(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(int) ? 3
        : parameter.ParameterType == typeof(TextMessage) ? ValidationTexts.ConditionValue()
        : parameter.ParameterType == typeof(IReadOnlyList<TextMessage>) ? new[] { ValidationTexts.ConditionValue() }
        : "x";

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Concat(Liquid().Matches(text).Select(m => m.Value)).Order(StringComparer.Ordinal).Distinct());

    /// <summary>Every text of a file as <c>section/key</c> → text, from the file as shipped (no English filled in).</summary>
    private static Dictionary<string, string> Keys(JsonDocument file)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in file.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var text in section.Value.EnumerateObject())
            {
                keys[$"{section.Name}/{text.Name}"] = text.Value.GetString()!;
            }
        }

        return keys;
    }

    private static JsonDocument ShippedFile(string language)
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream($"ChatflowsTexts/{language}.json")!;
        return JsonDocument.Parse(stream);
    }

    [GeneratedRegex(@"(?<!\{)\{[A-Za-z][A-Za-z0-9]*\}(?!\})")]
    private static partial Regex Placeholder();

    // The Liquid names a text uses ({{ contact.email }}), not its default words, which are translated.
    [GeneratedRegex(@"(?:contact|vars)\.[a-z_]+")]
    private static partial Regex Liquid();
}
