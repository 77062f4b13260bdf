using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Surveys;

/// <summary>
/// Reads of the survey library and its results (O9): the pages' lists, the survey a chatflow asks (the widget and
/// the rating endpoint resolve it here, so both ask the same survey), and the results page.
/// </summary>
public sealed class SurveyQueries(ChatflowsDbContext db, SurveyResults results)
{
    /// <summary>Every survey of the library by name, with the chatflows (draft or published) that ask it.</summary>
    public async Task<IReadOnlyList<SurveyDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var users = await UsersAsync(cancellationToken);
        return [.. surveys.Select(s => SurveyDefinition.From(s, users.GetValueOrDefault(s.Id) ?? []))];
    }

    public async Task<SurveyDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } record
            ? SurveyDefinition.From(record, (await UsersAsync(cancellationToken)).GetValueOrDefault(id) ?? [])
            : null;

    /// <summary>
    /// The survey <paramref name="flow"/> asks: its own, or the library survey it links; null when it asks none or the
    /// linked survey was deleted (an editor confirmed that, named the chatflows, and publishing it again is refused).
    /// </summary>
    public async Task<AskedSurvey?> AskedByAsync(Chatflow flow, CancellationToken cancellationToken)
    {
        if (flow.Survey is not { Enabled: true, SurveyId: { } id })
        {
            return AskedSurvey.Own(flow);
        }

        var record = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return record is null ? null : new AskedSurvey(id, SurveyDefinition.From(record, []).ToSettings());
    }

    /// <summary>Every chatflow by name, for the results page's filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> ChatflowsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Chatflows.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];

    /// <inheritdoc cref="SurveyResults.ComputeAsync"/>
    public Task<SurveyReport> ResultsAsync(DateTime fromUtc, DateTime toUtc, string? chatflowId, string? surveyId, CancellationToken cancellationToken) =>
        results.ComputeAsync(fromUtc, toUtc, chatflowId, surveyId, cancellationToken);

    // Which chatflows link each survey, in their draft or their published version. The documents are JSON, so they are
    // read whole; a site has tens of chatflows, and only the library's pages ask.
    private async Task<Dictionary<string, IReadOnlyList<string>>> UsersAsync(CancellationToken cancellationToken)
    {
        var chatflows = await db.Chatflows.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Name, c.DraftJson, c.PublishedJson }).ToListAsync(cancellationToken);
        return chatflows
            .SelectMany(c => new[] { c.DraftJson, c.PublishedJson }.OfType<string>()
                .Select(json => FlowJson.Deserialize(json).Survey).Where(s => s is { Enabled: true, SurveyId: not null })
                .Select(s => (SurveyId: s.SurveyId!, c.Name)))
            .Distinct()
            .GroupBy(u => u.SurveyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(u => u.Name)], StringComparer.Ordinal);
    }
}
