namespace Chatflows.Visitors.Contracts;

/// <summary>One language of the widget's own words, as the loader needs it before the widget loads.</summary>
/// <param name="File">The fingerprinted texts file under <c>/chatflows/widget/</c>, e.g. <c>texts-nl.3f9a1c2b.json</c> (cached for a year).</param>
/// <param name="OpenChat">The launcher's label in this language.</param>
/// <param name="Dir"><c>rtl</c> for scripts written right to left, else <c>ltr</c>: the launcher's side before the widget loads.</param>
public sealed record WidgetLanguageTexts(string File, string OpenChat, string Dir);
