using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// The numbers of the analytics page (P4), added up in the database per local day and kind from the
/// analytics summary — counters per quarter hour that the turns keep in the same transaction as their
/// events (<see cref="AnalyticsTally"/>), so the numbers cannot disagree with the conversations and a
/// month is a few thousand rows however many conversations it had. Previews write neither.
/// </summary>
public sealed class AnalyticsReports(ChatflowsDbContext db)
{
    /// <summary>The kinds the page counts; the drop-off counters are <see cref="DropOffAnalytics"/>'.</summary>
    private static readonly string[] CountedKinds =
        [FlowEventKinds.Started, FlowEventKinds.Completed, FlowEventKinds.HandedOff, FlowEventKinds.TicketCreated, FlowEventKinds.MeetingBooked, FlowEventKinds.SurveyRated, AnalyticsTally.ContactCreated];

    public async Task<AnalyticsReport> GetAsync(AnalyticsQuery query, CancellationToken cancellationToken)
    {
        var days = query.Days.ToDictionary(d => d, _ => AnalyticsCounts.Zero);
        await AddCountsAsync(query, days, cancellationToken);
        var list = days.OrderBy(d => d.Key).Select(d => new AnalyticsDay(d.Key, d.Value)).ToList();
        return new AnalyticsReport(query, list.Aggregate(AnalyticsCounts.Zero, (sum, d) => sum + d.Counts), list);
    }

    /// <summary>The languages the summary has counters in (L1), for the filter; a few distinct values of a small table.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken cancellationToken) =>
        await db.AnalyticsSummary.AsNoTracking().Where(s => s.Language != "").Select(s => s.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);

    private async Task AddCountsAsync(AnalyticsQuery query, Dictionary<LocalDate, AnalyticsCounts> days, CancellationToken cancellationToken)
    {
        var sql = new AnalyticsSql(db);
        var day = sql.DayNumberOfQuarterHour("s.\"QuarterHour\"", query);
        var kinds = string.Join(", ", CountedKinds.Select(sql.Parameter));
        var chatflow = query.ChatflowId is null ? "" : $" AND s.\"ChatflowId\" = {sql.Parameter(query.ChatflowId)}";
        chatflow += query.Language is null ? "" : $" AND s.\"Language\" = {sql.Parameter(query.Language)}";
        var text = $"""
            SELECT {day}, s."Kind", SUM(s."Count"), SUM(s."Total")
            FROM "{db.TableOf<AnalyticsSummaryRecord>()}" s
            WHERE s."Kind" IN ({kinds}) AND {sql.QuarterHours("s.\"QuarterHour\"", query.Start, query.End)}{chatflow}
            GROUP BY 1, 2
            """;
        await sql.ReadAsync(text, row =>
        {
            var date = AnalyticsSql.Day(AnalyticsSql.Long(row, 0));
            if (!days.TryGetValue(date, out var counts))
            {
                return;
            }

            var count = AnalyticsSql.Long(row, 2);
            days[date] = counts + row.GetString(1) switch
            {
                FlowEventKinds.Started => new AnalyticsCounts(Started: count),
                FlowEventKinds.Completed => new AnalyticsCounts(Completed: count),
                FlowEventKinds.HandedOff => new AnalyticsCounts(HandedOff: count),
                FlowEventKinds.TicketCreated => new AnalyticsCounts(TicketsCreated: count),
                FlowEventKinds.MeetingBooked => new AnalyticsCounts(MeetingsBooked: count),
                AnalyticsTally.ContactCreated => new AnalyticsCounts(ContactsCreated: count),
                _ => new AnalyticsCounts(SurveyResponses: count, SurveyRatingSum: AnalyticsSql.Long(row, 3)),
            };
        }, cancellationToken);
    }
}
