using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Chatflows.Areas.Admin.Pages.Users;

/// <summary>The fields of the create and edit forms.</summary>
public sealed class UserInput
{
    [EmailAddress, Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    [DataType(DataType.Password), Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Chat capacity")]
    public int ChatCapacity { get; set; } = 3;

    /// <summary>Puts each service error next to its field on the form.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<FieldError> errors, EditorTexts words)
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}";
            modelState.AddModelError(key, words.Of(error));
        }
    }
}
