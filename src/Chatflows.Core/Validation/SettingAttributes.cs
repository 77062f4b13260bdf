using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

/// <summary>
/// An action setting's data annotations as keyed messages (STYLE 31): <c>[Required]</c>, <c>[MaxLength]</c>,
/// <c>[StringLength]</c>, <c>[Range]</c> and <c>[EmailAddress]</c> say what is wrong in the editor's language, not in .NET's English.
/// An attribute with its own <c>ErrorMessage</c>, or one of another kind, keeps its own words.
/// </summary>
public static class SettingAttributes
{
    /// <summary>The keyed message for the annotation of <paramref name="member"/> on <paramref name="settings"/> that failed; null when none is one of ours.</summary>
    public static TextMessage? MessageFor(object settings, string? member)
    {
        if (member is null || settings.GetType().GetProperty(member) is not { } property)
        {
            return null;
        }

        var value = property.GetValue(settings);
        foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.IsValid(value))
            {
                continue;
            }

            return For(attribute, property.Name);
        }

        return null;
    }

    /// <summary>
    /// The keyed message for a failed <paramref name="attribute"/> of the field called <paramref name="field"/>; null for
    /// a kind of annotation without one (the admin's forms use this too, for ASP.NET's own annotation messages).
    /// </summary>
    public static TextMessage? For(ValidationAttribute attribute, string field) => attribute switch
    {
        RequiredAttribute => ValidationTexts.SettingRequired(field),
        MaxLengthAttribute max => ValidationTexts.SettingMaxLength(field, max.Length),
        StringLengthAttribute { MinimumLength: > 0 } length => ValidationTexts.FormLength(field, length.MinimumLength, length.MaximumLength),
        StringLengthAttribute length => ValidationTexts.SettingMaxLength(field, length.MaximumLength),
        RangeAttribute { Minimum: int min, Maximum: int top } => ValidationTexts.SettingRange(field, min, top),
        EmailAddressAttribute => ValidationTexts.FormEmail(field),
        _ => null,
    };
}
