using System.Text.Json;

namespace Chatflows.Surveys;

/// <summary>The survey as the widget reads it from its config (O9): texts already in the chatflow's language.</summary>
/// <param name="Scale"><c>stars</c> or <c>thumbs</c>.</param>
/// <param name="CommentPrompt">Empty when the chatflow asks no comment, so the widget shows no comment box.</param>
public sealed record WidgetSurvey(string Scale, string Question, string CommentPrompt, int MaxCommentLength)
{
    /// <summary>
    /// Null when the chatflow asks no survey, so the widget shows none. A library survey has the same shape as a
    /// chatflow's own, so the widget cannot tell them apart; its empty texts are the built-in ones in <paramref name="language"/>.
    /// </summary>
    /// <param name="asked">From <see cref="SurveyQueries.AskedByAsync"/> (or <see cref="AskedSurvey.Own"/>).</param>
    public static WidgetSurvey? For(AskedSurvey? asked, string language) => asked?.Settings is { } survey
        ? new(JsonNamingPolicy.CamelCase.ConvertName(survey.Scale.ToString()), survey.EffectiveQuestion(language),
            survey.AskComment ? survey.EffectiveCommentPrompt(language) : "", SurveysApi.MaxCommentLength)
        : null;
}
