using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Surveys;

/// <summary>Computes the survey results page (O9) in the database; preview conversations never count.</summary>
public sealed class SurveyResults(ChatflowsDbContext db)
{
    public const int MaxComments = 100;

    /// <summary>The survey filter's value for the answers to chatflows' own surveys (no library survey); not a valid survey id.</summary>
    public const string OwnSurveys = "(own)";

    /// <param name="fromUtc">Inclusive start.</param>
    /// <param name="toUtc">Exclusive end.</param>
    /// <param name="chatflowId">Only this chatflow's answers; null for all.</param>
    /// <param name="surveyId">Only the answers to this library survey, from every chatflow that asked it; <see cref="OwnSurveys"/> for chatflows' own surveys; null for all.</param>
    public async Task<SurveyReport> ComputeAsync(DateTime fromUtc, DateTime toUtc, string? chatflowId, string? surveyId, CancellationToken cancellationToken)
    {
        var own = surveyId == OwnSurveys;
        var answers = db.SurveyResponses.AsNoTracking()
            .Where(r => r.CreatedUtc >= fromUtc && r.CreatedUtc < toUtc)
            .Where(r => chatflowId == null || r.ChatflowId == chatflowId)
            .Where(r => surveyId == null || (own ? r.SurveyId == null : r.SurveyId == surveyId))
            .Where(r => !db.Conversations.Any(c => c.Id == r.ConversationId && c.IsPreview));

        var byRating = await answers.GroupBy(r => r.Rating).Select(g => new { Rating = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var distribution = Enumerable.Range(1, 5).Select(n => byRating.Where(r => r.Rating == n).Sum(r => r.Count)).ToList();
        var count = distribution.Sum();
        double? average = count == 0 ? null : Enumerable.Range(1, 5).Sum(n => n * distribution[n - 1]) / (double)count;

        var byAgent = await answers.GroupBy(r => r.AgentUserId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Rating) }).ToListAsync(cancellationToken);
        var agentIds = byAgent.Where(a => a.Key != null).Select(a => a.Key!).ToList();
        var agentNames = await db.Users.Where(u => agentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var perAgent = byAgent
            .Select(a => new SurveyGroup(a.Key, a.Key is null ? "Bot only (no agent)" : agentNames.GetValueOrDefault(a.Key, "Deleted user"), a.Count, a.Sum / (double)a.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.CurrentCulture).ToList();

        var byFlow = await answers.GroupBy(r => r.ChatflowId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Rating) }).ToListAsync(cancellationToken);
        var flowIds = byFlow.Select(f => f.Key).ToList();
        var flowNames = await db.Chatflows.Where(c => flowIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var perFlow = byFlow
            .Select(f => new SurveyGroup(f.Key, flowNames.GetValueOrDefault(f.Key, f.Key), f.Count, f.Sum / (double)f.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.CurrentCulture).ToList();

        var bySurvey = await answers.GroupBy(r => r.SurveyId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Rating) }).ToListAsync(cancellationToken);
        var surveyIds = bySurvey.Where(s => s.Key != null).Select(s => s.Key!).ToList();
        var surveyNames = await db.Surveys.Where(s => surveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var perSurvey = bySurvey
            .Select(s => new SurveyGroup(s.Key, s.Key is null ? "Chatflows' own surveys" : surveyNames.GetValueOrDefault(s.Key, $"Deleted survey ({s.Key})"), s.Count, s.Sum / (double)s.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name, StringComparer.CurrentCulture).ToList();

        var comments = await answers.Where(r => r.Comment != null).OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).Take(MaxComments)
            .Select(r => new { r.ConversationId, r.ChatflowId, r.Rating, r.Scale, r.Comment, r.CreatedUtc }).ToListAsync(cancellationToken);
        return new SurveyReport(count, average, distribution, perAgent, perFlow,
            [.. comments.Select(c => new SurveyComment(c.ConversationId, flowNames.GetValueOrDefault(c.ChatflowId, c.ChatflowId), c.Rating, c.Scale, c.Comment!, c.CreatedUtc))], perSurvey);
    }
}
