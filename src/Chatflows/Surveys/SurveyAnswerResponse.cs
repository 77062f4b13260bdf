namespace Chatflows.Surveys;

/// <summary>The stored answer, as the widget gets it back.</summary>
public sealed record SurveyAnswerResponse(string ConversationId, int Rating, string Scale, string? Comment, DateTime CreatedUtc);
