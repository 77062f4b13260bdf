using Chatflows.Core.Flows;
using Chatflows.Recipes;

namespace Chatflows.Surveys;

/// <summary>
/// <c>{"name": "surveys", "surveys": [{"id", "name", "scale"?, "question"?, "askComment"?, "commentPrompt"?}]}</c>: adds each
/// survey to the library, or replaces the one with that id (O9). A later <c>chatflows</c> step links one with
/// <c>"survey": {"enabled": true, "surveyId": "…"}</c>.
/// </summary>
public sealed class SurveysStep(SurveyEditing surveys) : IRecipeStep
{
    public string Name => "surveys";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Read<SurveysStepData>();
        if (data.Surveys is null)
        {
            throw context.Fail("surveys", "List the surveys as an array.");
        }

        for (var i = 0; i < data.Surveys.Count; i++)
        {
            var survey = data.Surveys[i];
            var content = new SurveySettings
            {
                Scale = survey.Scale ?? SurveyScale.Stars, Question = survey.Question ?? "",
                AskComment = survey.AskComment ?? true, CommentPrompt = survey.CommentPrompt ?? "",
            };
            context.ThrowIfAny(await surveys.SaveAsync(survey.Id ?? "", survey.Name ?? "", content, onlyCreate: false, cancellationToken), $"surveys[{i}]");
        }
    }

    private sealed record SurveysStepData(IReadOnlyList<SurveyData>? Surveys);

    private sealed record SurveyData(string? Id, string? Name, SurveyScale? Scale, string? Question, bool? AskComment, string? CommentPrompt);
}
