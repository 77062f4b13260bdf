using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

/// <summary>
/// An action setting's data annotations as keyed messages (STYLE 31): <c>[Required]</c>, <c>[MaxLength]</c>,
/// <c>[StringLength]</c> and <c>[Range]</c> say what is wrong in the editor's language, not in .NET's English.
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

            return attribute switch
            {
                RequiredAttribute => ValidationTexts.SettingRequired(property.Name),
                MaxLengthAttribute max => ValidationTexts.SettingMaxLength(property.Name, max.Length),
                StringLengthAttribute length => ValidationTexts.SettingMaxLength(property.Name, length.MaximumLength),
                RangeAttribute { Minimum: int min, Maximum: int top } => ValidationTexts.SettingRange(property.Name, min, top),
                _ => null,
            };
        }

        return null;
    }
}
