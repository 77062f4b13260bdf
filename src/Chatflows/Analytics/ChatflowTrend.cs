namespace Chatflows.Analytics;

/// <summary>
/// How one chatflow is doing lately, for the dashboard: conversations today, in the last seven days
/// (today included) and in the seven before, with the hand-off rate and survey average of the last seven.
/// </summary>
public sealed record ChatflowTrend(
    string ChatflowId, string Name, long Today, long LastSevenDays, long PreviousSevenDays, long HandedOff,
    long SurveyResponses, long SurveyRatingSum)
{
    /// <summary>Share of the last seven days' conversations handed to a person, or null without conversations.</summary>
    public double? HandOffRate => LastSevenDays == 0 ? null : (double)HandedOff / LastSevenDays;

    public double? SurveyAverage => SurveyResponses == 0 ? null : (double)SurveyRatingSum / SurveyResponses;

    /// <summary>Change against the seven days before, or null when there was nothing to compare with.</summary>
    public double? Change => PreviousSevenDays == 0 ? null : (double)(LastSevenDays - PreviousSevenDays) / PreviousSevenDays;
}
