using Chatflows.Core.Flows;
using Chatflows.Core.Validation;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>The form of a library survey (O9): its name and the fields a chatflow's own survey has.</summary>
public sealed class SurveyInput
{
    public string? Name { get; set; }

    public SurveyScale Scale { get; set; } = SurveyScale.Stars;

    /// <summary>Empty means the built-in question in the language of each chatflow that asks it.</summary>
    public string? Question { get; set; }

    public bool AskComment { get; set; } = true;

    /// <summary>Empty means the built-in comment label in the language of each chatflow that asks it.</summary>
    public string? CommentPrompt { get; set; }

    public static SurveyInput From(SurveyDefinition survey) => new()
    {
        Name = survey.Name, Scale = survey.Scale, Question = survey.Question, AskComment = survey.AskComment, CommentPrompt = survey.CommentPrompt,
    };

    public SurveySettings ToSettings() =>
        new() { Scale = Scale, Question = Question?.Trim() ?? "", AskComment = AskComment, CommentPrompt = CommentPrompt?.Trim() ?? "" };

    /// <summary>
    /// The binder's "The value 'x' is not valid" says nothing to an editor: an unknown scale is left to
    /// <see cref="SurveySettings.Validate"/>, which says what to choose.
    /// </summary>
    public void ForgetBindingErrors(ModelStateDictionary modelState)
    {
        if (modelState.TryGetValue($"Input.{nameof(Scale)}", out var scale) && scale.Errors.Count > 0)
        {
            modelState.Remove($"Input.{nameof(Scale)}");
            Scale = (SurveyScale)(-1);
        }
    }

    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyList<FieldError> errors, EditorTexts words)
    {
        foreach (var error in errors)
        {
            var field = error.Field switch
            {
                "scale" => nameof(Scale),
                "question" => nameof(Question),
                "commentPrompt" => nameof(CommentPrompt),
                "name" => nameof(Name),
                _ => null,
            };
            modelState.AddModelError(field is null ? "" : $"Input.{field}", words.Of(error));
        }
    }
}
