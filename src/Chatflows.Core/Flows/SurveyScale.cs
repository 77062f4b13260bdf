namespace Chatflows.Core.Flows;

/// <summary>How the visitor rates a conversation (O9).</summary>
public enum SurveyScale
{
    /// <summary>One to five stars.</summary>
    Stars,

    /// <summary>Thumbs up or down, stored as 5 and 1 so averages compare with star ratings.</summary>
    Thumbs,
}
