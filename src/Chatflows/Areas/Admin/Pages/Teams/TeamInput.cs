using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Chatflows.Areas.Admin.Pages.Teams;

/// <summary>The team form: name and members (user ids).</summary>
public sealed class TeamInput
{
    // Nullable: a blank field binds as null, and the team service (not .NET's English "required") says what is wrong.
    public string? Name { get; set; } = "";

    public List<string> Members { get; set; } = [];

    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyList<FieldError> errors, EditorTexts words)
    {
        foreach (var error in errors)
        {
            var field = error.Field switch
            {
                "members" => $"Input.{nameof(Members)}",
                _ => $"Input.{nameof(Name)}",
            };
            modelState.AddModelError(field, words.Of(error));
        }
    }
}
