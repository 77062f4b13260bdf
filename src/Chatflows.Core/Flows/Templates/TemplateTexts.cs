using Chatflows.Core.Text;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// One template's words in one language: the <c>template.{key}</c> section of that language's texts file
/// (STYLE 31), so a template holds keys and a site adds a language with a file.
/// </summary>
public sealed class TemplateTexts(LanguageTexts language, string templateKey)
{
    /// <summary>The section a template's words live in, e.g. <c>template.concierge</c>.</summary>
    public static string Section(string templateKey) => $"template.{templateKey}";

    /// <summary>The template's name in the wizard.</summary>
    public string Title => this["title"];

    /// <summary>What the template does, in one sentence for the wizard.</summary>
    public string Description => this["description"];

    /// <summary>The text for <paramref name="key"/>; English where the language lacks it.</summary>
    public string this[string key] => language.Text(Section(templateKey), key);
}
