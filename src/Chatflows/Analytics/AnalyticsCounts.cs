namespace Chatflows.Analytics;

/// <summary>The headline numbers of a day or of a whole range (P4).</summary>
/// <param name="Started">Conversations that began (a restart after the session timeout is the same conversation).</param>
/// <param name="Completed">Conversations that reached an end of the flow.</param>
/// <param name="HandedOff">Conversations the bot handed to a person.</param>
/// <param name="ContactsCreated">Contacts first created by a (non-preview) conversation of the chatflow(s).</param>
/// <param name="SurveyRatingSum">Sum of the 1–5 ratings, kept so that averages of several days stay exact.</param>
public sealed record AnalyticsCounts(
    long Started = 0, long Completed = 0, long HandedOff = 0, long TicketsCreated = 0, long MeetingsBooked = 0,
    long ContactsCreated = 0, long SurveyResponses = 0, long SurveyRatingSum = 0)
{
    public static AnalyticsCounts Zero { get; } = new();

    /// <summary>The average rating, or null when nobody answered the survey.</summary>
    public double? SurveyAverage => SurveyResponses == 0 ? null : (double)SurveyRatingSum / SurveyResponses;

    public static AnalyticsCounts operator +(AnalyticsCounts a, AnalyticsCounts b) => new(
        a.Started + b.Started, a.Completed + b.Completed, a.HandedOff + b.HandedOff, a.TicketsCreated + b.TicketsCreated,
        a.MeetingsBooked + b.MeetingsBooked, a.ContactsCreated + b.ContactsCreated, a.SurveyResponses + b.SurveyResponses,
        a.SurveyRatingSum + b.SurveyRatingSum);
}
