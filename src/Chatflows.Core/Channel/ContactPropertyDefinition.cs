using Chatflows.Core.Actions;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Channel;

/// <summary>
/// One contact property the editor manages (G1): its stored name, the label people read, and its type. The
/// builder and the targeting rules offer these names in a picker instead of a free-text box.
/// </summary>
public sealed record ContactPropertyDefinition
{
    public const int MaxLabelLength = 100;
    public const int MaxOptions = 50;

    /// <summary>The name stored on contacts and used in flows, e.g. <c>firstname</c> (<see cref="PropertyName"/>).</summary>
    public string Name { get; init; } = "";

    /// <summary>What editors read, e.g. "First name".</summary>
    public string Label { get; init; } = "";

    public ContactPropertyType Type { get; init; } = ContactPropertyType.Text;

    /// <summary>The values a <see cref="ContactPropertyType.Choice"/> property may take; empty for other types.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The module's own properties: what identification (O10) and the e-mail question write.</summary>
    public static IReadOnlyList<ContactPropertyDefinition> Defaults { get; } =
    [
        new() { Name = "email", Label = "E-mail", Type = ContactPropertyType.Email },
        new() { Name = "firstname", Label = "First name" },
        new() { Name = "lastname", Label = "Last name" },
        new() { Name = "company", Label = "Company" },
        new() { Name = "phone", Label = "Phone", Type = ContactPropertyType.Phone },
    ];

    public IEnumerable<FieldError> Validate()
    {
        if (!PropertyName.IsValid(Name))
        {
            yield return new FieldError("name", ValidationTexts.PropertyName());
        }

        if (string.IsNullOrWhiteSpace(Label) || Label.Length > MaxLabelLength)
        {
            yield return new FieldError("label", ValidationTexts.ContactPropertyLabel(MaxLabelLength));
        }

        if (!Enum.IsDefined(Type))
        {
            yield return new FieldError("type", ValidationTexts.ContactPropertyType());
        }

        if (Type == ContactPropertyType.Choice && (Options.Count is 0 or > MaxOptions || Options.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > MaxLabelLength)))
        {
            yield return new FieldError("options", ValidationTexts.ContactPropertyOptions(MaxOptions, MaxLabelLength));
        }
        else if (Type != ContactPropertyType.Choice && Options.Count > 0)
        {
            yield return new FieldError("options", ValidationTexts.ContactPropertyOptionsOnlyChoice());
        }
    }
}
