using Chatflows.Storage;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// The numbers of the analytics page (P4), aggregated in the database per local day and event kind.
/// Everything but contacts comes from the flow events written in the same transaction as each turn,
/// so the numbers cannot disagree with the conversations; preview conversations write no events.
/// </summary>
public sealed class AnalyticsReports(ChatflowsDbContext db)
{
    /// <summary>The event kinds the page counts; the (much more numerous) action events are left to the index.</summary>
    private static readonly string[] CountedKinds = ["started", "completed", "handedOff", "ticketCreated", "meetingBooked", AnalyticsEventKinds.SurveyRated];

    public async Task<AnalyticsReport> GetAsync(AnalyticsQuery query, CancellationToken cancellationToken)
    {
        var days = query.Days.ToDictionary(d => d, _ => AnalyticsCounts.Zero);
        await AddEventsAsync(query, days, cancellationToken);
        await AddContactsAsync(query, days, cancellationToken);
        var list = days.OrderBy(d => d.Key).Select(d => new AnalyticsDay(d.Key, d.Value)).ToList();
        return new AnalyticsReport(query, list.Aggregate(AnalyticsCounts.Zero, (sum, d) => sum + d.Counts), list);
    }

    private async Task AddEventsAsync(AnalyticsQuery query, Dictionary<LocalDate, AnalyticsCounts> days, CancellationToken cancellationToken)
    {
        var sql = new AnalyticsSql(db);
        var day = sql.DayNumber("e.\"OccurredUtc\"", query);
        var kinds = string.Join(", ", CountedKinds.Select(sql.Parameter));
        var chatflow = query.ChatflowId is null ? "" : $" AND e.\"ChatflowId\" = {sql.Parameter(query.ChatflowId)}";

        // Ratings are "1".."5"; anything else is counted as no answer rather than failing the cast.
        var rating = "e.\"Detail\" IN ('1', '2', '3', '4', '5')";
        var text = $"""
            SELECT {day}, e."Kind", COUNT(*), SUM(CASE WHEN {rating} THEN CAST(e."Detail" AS INTEGER) ELSE 0 END), SUM(CASE WHEN {rating} THEN 1 ELSE 0 END)
            FROM "FlowEvents" e
            WHERE e."Kind" IN ({kinds}) AND e."OccurredUtc" >= {sql.Instant(query.Start)} AND e."OccurredUtc" < {sql.Instant(query.End)}{chatflow}
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
                "started" => new AnalyticsCounts(Started: count),
                "completed" => new AnalyticsCounts(Completed: count),
                "handedOff" => new AnalyticsCounts(HandedOff: count),
                "ticketCreated" => new AnalyticsCounts(TicketsCreated: count),
                "meetingBooked" => new AnalyticsCounts(MeetingsBooked: count),
                _ => new AnalyticsCounts(SurveyResponses: AnalyticsSql.Long(row, 4), SurveyRatingSum: AnalyticsSql.Long(row, 3)),
            };
        }, cancellationToken);
    }

    /// <summary>Contacts have no event of their own: a contact counts for the chatflow(s) whose real (non-preview) conversations it belongs to.</summary>
    private async Task AddContactsAsync(AnalyticsQuery query, Dictionary<LocalDate, AnalyticsCounts> days, CancellationToken cancellationToken)
    {
        var sql = new AnalyticsSql(db);
        var day = sql.DayNumber("ct.\"CreatedUtc\"", query);
        var chatflow = query.ChatflowId is null ? "" : $" AND c.\"ChatflowId\" = {sql.Parameter(query.ChatflowId)}";
        var text = $"""
            SELECT {day}, COUNT(*)
            FROM "Contacts" ct
            WHERE ct."CreatedUtc" >= {sql.Instant(query.Start)} AND ct."CreatedUtc" < {sql.Instant(query.End)}
              AND EXISTS (SELECT 1 FROM "Conversations" c WHERE c."ContactId" = ct."Id" AND NOT c."IsPreview"{chatflow})
            GROUP BY 1
            """;
        await sql.ReadAsync(text, row =>
        {
            var date = AnalyticsSql.Day(AnalyticsSql.Long(row, 0));
            if (days.TryGetValue(date, out var counts))
            {
                days[date] = counts + new AnalyticsCounts(ContactsCreated: AnalyticsSql.Long(row, 1));
            }
        }, cancellationToken);
    }
}
