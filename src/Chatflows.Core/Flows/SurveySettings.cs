using Chatflows.Core.Validation;

namespace Chatflows.Core.Flows;

/// <summary>
/// The satisfaction survey the widget shows when a conversation ends (O9). Empty texts mean the built-in
/// text in the chatflow's language (<see cref="Text.SurveyTexts"/>), so a Dutch bot asks in Dutch by default.
/// </summary>
public sealed record SurveySettings
{
    public const int MaxTextLength = 300;

    /// <summary>The longest id of a survey in the library.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Whether the survey is shown. Default off: a site opts in per chatflow.</summary>
    public bool Enabled { get; init; }

    /// <summary>
    /// A survey of the site's library that this chatflow asks instead of its own (O9, "link an existing survey"); null
    /// (the default, and every chatflow saved before the library existed) asks the survey defined by the fields below.
    /// </summary>
    public string? SurveyId { get; init; }

    /// <summary>Stars (1–5) or thumbs. Default stars.</summary>
    public SurveyScale Scale { get; init; } = SurveyScale.Stars;

    /// <summary>The question above the rating; empty for the built-in one.</summary>
    public string Question { get; init; } = "";

    /// <summary>
    /// Whether the survey offers a comment box under the rating (always optional for the visitor). Default on:
    /// a site that only wants the score switches it off.
    /// </summary>
    public bool AskComment { get; init; } = true;

    /// <summary>The label of the optional comment box; empty for the built-in one.</summary>
    public string CommentPrompt { get; init; } = "";

    /// <summary>Every problem with these settings; empty when they can be published.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        if (SurveyId is { } id && (id.Trim().Length == 0 || id.Length > MaxIdLength))
        {
            errors.Add(new("surveyId", Validation.ValidationTexts.SurveyChoose()));
        }

        if (!Enum.IsDefined(Scale))
        {
            errors.Add(new("scale", Validation.ValidationTexts.SurveyScale()));
        }

        if (Question.Length > MaxTextLength)
        {
            errors.Add(new("question", Validation.ValidationTexts.SurveyQuestion(MaxTextLength)));
        }

        if (CommentPrompt.Length > MaxTextLength)
        {
            errors.Add(new("commentPrompt", Validation.ValidationTexts.SurveyCommentPrompt(MaxTextLength)));
        }

        return errors;
    }

    /// <summary>The question the visitor sees: the editor's, else the built-in one.</summary>
    public string EffectiveQuestion(string language) =>
        string.IsNullOrWhiteSpace(Question) ? Text.SurveyTexts.For(language).Question : Question;

    /// <summary>The comment label the visitor sees: the editor's, else the built-in one.</summary>
    public string EffectiveCommentPrompt(string language) =>
        string.IsNullOrWhiteSpace(CommentPrompt) ? Text.SurveyTexts.For(language).CommentPrompt : CommentPrompt;
}
