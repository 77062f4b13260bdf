namespace Chatflows.Core.Translations;

/// <summary>One text of a chatflow a visitor reads, in the base language, under the key its translations use (L1).</summary>
/// <param name="Key">
/// Stable: made of the action id and the setting's name, or a quick reply's value, never a position, e.g.
/// <c>actions.ask-reason.text</c> or <c>actions.ask-reason.quickReplies.sales</c>. XLIFF unit ids are made from it.
/// </param>
/// <param name="ActionId">The action the text belongs to; null for the chatflow's own texts.</param>
/// <param name="Label">Where the text is, in an editor's words.</param>
/// <param name="BaseText">The text in the chatflow's base language.</param>
/// <param name="IsTemplate">Whether the text is Liquid, so its translations must parse.</param>
public sealed record FlowText(string Key, string? ActionId, string Label, string BaseText, bool IsTemplate);
