using Chatflows.Storage;

namespace Chatflows.Surveys;

/// <summary>How a visitor's rating reads to agents, the same on the ticket and in the inbox thread.</summary>
public static class SurveyRatingText
{
    public static string Describe(SurveyResponseRecord rating) =>
        rating.Scale == "thumbs" ? (rating.Rating >= 3 ? "thumbs up" : "thumbs down") : $"{rating.Rating} of 5 stars";
}
