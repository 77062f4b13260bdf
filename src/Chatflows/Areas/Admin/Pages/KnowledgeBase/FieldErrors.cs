using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase;

/// <summary>Puts each service error next to its field on a knowledge-base form.</summary>
internal static class FieldErrors
{
    /// <param name="prefix">The form model's name, e.g. <c>Input</c>.</param>
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<FieldError> errors, EditorTexts words, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}";
            modelState.AddModelError(key, words.Of(error));
        }
    }
}
