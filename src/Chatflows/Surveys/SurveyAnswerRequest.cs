namespace Chatflows.Surveys;

/// <param name="Rating">Stars: 1 to 5. Thumbs: 1 (down) or 5 (up).</param>
/// <param name="Comment">Optional, at most <see cref="SurveysApi.MaxCommentLength"/> characters.</param>
public sealed record SurveyAnswerRequest(int? Rating, string? Comment);
