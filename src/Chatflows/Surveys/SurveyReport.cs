namespace Chatflows.Surveys;

/// <summary>Survey results over a period (O9): what the results page shows.</summary>
/// <param name="Distribution">How many answers gave 1, 2, 3, 4 and 5 (index 0 is 1).</param>
/// <param name="PerSurvey">Per library survey; a null key holds the answers to chatflows' own surveys.</param>
public sealed record SurveyReport(
    int Count, double? Average, IReadOnlyList<int> Distribution, IReadOnlyList<SurveyGroup> PerAgent,
    IReadOnlyList<SurveyGroup> PerChatflow, IReadOnlyList<SurveyComment> Comments, IReadOnlyList<SurveyGroup> PerSurvey)
{
    public static SurveyReport Empty { get; } = new(0, null, [0, 0, 0, 0, 0], [], [], [], []);
}

/// <summary>Answers about one agent, one chatflow or one survey.</summary>
public sealed record SurveyGroup(string? Key, string Name, int Count, double Average);

/// <summary>A visitor's comment with its rating, newest first on the page.</summary>
public sealed record SurveyComment(string ConversationId, string ChatflowName, int Rating, string Scale, string Comment, DateTime CreatedUtc);
