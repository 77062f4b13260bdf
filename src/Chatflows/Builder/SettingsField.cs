using Chatflows.Core.References;

namespace Chatflows.Builder;

/// <summary>One setting of an action as the builder edits it (B2): its JSON name, label, control and limits.</summary>
/// <param name="Name">The camelCase JSON name the flow document stores it under.</param>
/// <param name="Choices">The allowed values of an enum, in their JSON spelling.</param>
/// <param name="Liquid">True for texts a visitor reads, which may use personalisation tokens (B7).</param>
/// <param name="Reference">For <see cref="SettingsFieldKind.Pick"/>: what the id names.</param>
/// <param name="Columns">For <see cref="SettingsFieldKind.Rows"/>: one field per column; a list of texts has one column with an empty name.</param>
public sealed record SettingsField(
    string Name, string Label, SettingsFieldKind Kind, bool Required, int? MaxLength, bool Nullable, IReadOnlyList<string> Choices, bool Liquid,
    ReferenceKind? Reference = null, IReadOnlyList<SettingsField>? Columns = null)
{
    /// <summary>The form key of row <paramref name="row"/>'s <paramref name="column"/>, after the action's <c>S.</c> prefix.</summary>
    public string RowKey(int row, SettingsField column) => column.Name.Length == 0 ? $"{Name}[{row}]" : $"{Name}[{row}].{column.Name}";
}
