using Chatflows.Core.Flows;

namespace Chatflows.Surveys;

/// <summary>The survey a chatflow asks (O9): a library survey (<paramref name="SurveyId"/> set) or the chatflow's own.</summary>
/// <param name="Settings">What the visitor is asked; empty texts mean the built-in ones in the chatflow's language.</param>
public sealed record AskedSurvey(string? SurveyId, SurveySettings Settings)
{
    /// <summary>The chatflow's own survey, or null when it asks none. A linked survey needs <see cref="SurveyQueries.AskedByAsync"/>.</summary>
    public static AskedSurvey? Own(Chatflow flow) =>
        flow.Survey is { Enabled: true, SurveyId: null } own ? new AskedSurvey(null, own) : null;
}
