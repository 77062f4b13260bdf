using Chatflows.Core.Flows;
using Chatflows.Storage;

namespace Chatflows.Surveys;

/// <summary>A survey of the library (O9) as pages and the widget read it.</summary>
/// <param name="UsedBy">The chatflows whose draft or published version asks this survey, by name; empty where not counted.</param>
public sealed record SurveyDefinition(
    string Id, string Name, SurveyScale Scale, string Question, bool AskComment, string CommentPrompt, DateTime UpdatedUtc,
    IReadOnlyList<string> UsedBy)
{
    /// <summary>The survey as a chatflow asks it: the same settings a chatflow's own survey has, switched on.</summary>
    public SurveySettings ToSettings() =>
        new() { Enabled = true, SurveyId = Id, Scale = Scale, Question = Question, AskComment = AskComment, CommentPrompt = CommentPrompt };

    internal static SurveyDefinition From(SurveyRecord record, IReadOnlyList<string> usedBy) =>
        new(record.Id, record.Name, record.Scale, record.Question, record.AskComment, record.CommentPrompt, record.UpdatedUtc, usedBy);
}
