using Chatflows.Core.Channel;

namespace Chatflows.Areas.Admin.Pages.Contacts;

/// <summary>One row of the contact properties form; a row with neither name nor label is left out.</summary>
public sealed class PropertyDefinitionInput
{
    public string? Name { get; set; }

    public string? Label { get; set; }

    public ContactPropertyType Type { get; set; }

    /// <summary>A choice's options, one a line.</summary>
    public string? Options { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Label);

    public static PropertyDefinitionInput From(ContactPropertyDefinition definition) =>
        new() { Name = definition.Name, Label = definition.Label, Type = definition.Type, Options = string.Join('\n', definition.Options) };

    public ContactPropertyDefinition ToDefinition() => new()
    {
        Name = (Name ?? "").Trim(),
        Label = (Label ?? "").Trim(),
        Type = Type,
        Options = [.. (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)],
    };
}
