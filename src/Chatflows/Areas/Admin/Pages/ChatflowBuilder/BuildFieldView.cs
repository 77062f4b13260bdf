using Chatflows.Builder;

namespace Chatflows.Areas.Admin.Pages.ChatflowBuilder;

/// <summary>One setting of one action on the builder page: the partial <c>_Field{Kind}</c> renders it.</summary>
/// <param name="Name">The form name, e.g. <c>A[2].S.teamId</c>.</param>
/// <param name="Id">The control's id, e.g. <c>a2-teamId</c>.</param>
public sealed record BuildFieldView(BuildModel Page, ActionInput Action, SettingsField Field, string Name, string Id)
{
    public string Value => Action.Settings.GetValueOrDefault(Field.Name) ?? "";

    public string? Error => Page.FieldErrors.GetValueOrDefault(Name);

    /// <summary>The anchor publish findings link to (<c>FindingLinks</c>): stable by action id, not by position.</summary>
    public string Anchor => $"field-{Action.Id}-{Field.Name}";

    public string Partial => Field.Kind switch
    {
        SettingsFieldKind.Boolean => "_FieldBoolean",
        SettingsFieldKind.Choice => "_FieldChoice",
        SettingsFieldKind.Pick => "_FieldPick",
        SettingsFieldKind.Rows => "_FieldRows",
        _ => "_FieldText",
    };
}
