namespace Chatflows.Builder;

/// <summary>One setting of an action as the builder edits it (B2): its JSON name, label, control and limits.</summary>
/// <param name="Name">The camelCase JSON name the flow document stores it under.</param>
/// <param name="Choices">The allowed values of an enum, in their JSON spelling.</param>
/// <param name="Liquid">True for texts a visitor reads, which may use personalisation tokens (B7).</param>
public sealed record SettingsField(
    string Name, string Label, SettingsFieldKind Kind, bool Required, int? MaxLength, bool Nullable, IReadOnlyList<string> Choices, bool Liquid);
