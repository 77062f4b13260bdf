namespace Chatflows.Analytics;

/// <summary>Event kinds written outside the flow engine that analytics reads.</summary>
public static class AnalyticsEventKinds
{
    /// <summary>The visitor's satisfaction survey answer; Detail is the rating "1".."5" (thumbs: "1"/"5").</summary>
    public const string SurveyRated = "surveyRated";

    /// <summary>A conversation closed because nobody wrote in it for too long; Detail is the status it had ("handedOff", …).</summary>
    public const string ClosedIdle = "closedIdle";
}
