namespace Chatflows.Core.Tests.Templates;

/// <summary>
/// Picks the expected English or Dutch text, so one scripted conversation checks both languages and
/// the two texts of each bot reply sit side by side: <c>t["Hi there!", "Hoi daar!"]</c>.
/// </summary>
public readonly record struct Bilingual(string Language)
{
    public string this[string english, string dutch] => Language == "nl" ? dutch : english;
}
