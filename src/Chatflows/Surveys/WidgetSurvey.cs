using System.Text.Json;
using Chatflows.Core.Flows;

namespace Chatflows.Surveys;

/// <summary>The survey as the widget reads it from its config (O9): texts already in the chatflow's language.</summary>
/// <param name="Scale"><c>stars</c> or <c>thumbs</c>.</param>
/// <param name="CommentPrompt">Empty when the chatflow asks no comment, so the widget shows no comment box.</param>
public sealed record WidgetSurvey(string Scale, string Question, string CommentPrompt, int MaxCommentLength)
{
    /// <summary>Null when the chatflow asks no survey, so the widget shows none.</summary>
    public static WidgetSurvey? For(Chatflow flow) => flow.Survey.Enabled
        ? new(JsonNamingPolicy.CamelCase.ConvertName(flow.Survey.Scale.ToString()), flow.Survey.EffectiveQuestion(flow.Language),
            flow.Survey.AskComment ? flow.Survey.EffectiveCommentPrompt(flow.Language) : "", SurveysApi.MaxCommentLength)
        : null;
}
