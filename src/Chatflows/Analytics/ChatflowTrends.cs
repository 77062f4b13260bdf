using Chatflows.Channel;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// The dashboard's per-chatflow numbers (<see cref="ChatflowTrend"/>), added up from the analytics summary
/// in one grouped query, with "today" and each week cut at midnight in the site's time zone.
/// </summary>
public sealed class ChatflowTrends(ChatflowsDbContext db, ChannelSettingsStore channel, TimeProvider time)
{
    private static readonly string[] Kinds = [FlowEventKinds.Started, FlowEventKinds.HandedOff, FlowEventKinds.SurveyRated];

    public async Task<IReadOnlyList<ChatflowTrend>> ListAsync(CancellationToken cancellationToken)
    {
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var zone = settings.Zone();
        var today = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date;
        var todayStart = today.AtStartOfDayInZone(zone).ToInstant();
        var weekStart = today.PlusDays(-6).AtStartOfDayInZone(zone).ToInstant();
        var previousStart = today.PlusDays(-13).AtStartOfDayInZone(zone).ToInstant();
        var end = today.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();

        var sql = new AnalyticsSql(db);
        var column = "s.\"QuarterHour\"";
        var bucket = $"CASE WHEN {column} >= {sql.Parameter(AnalyticsSql.QuarterHourFrom(todayStart))} THEN 2 "
            + $"WHEN {column} >= {sql.Parameter(AnalyticsSql.QuarterHourFrom(weekStart))} THEN 1 ELSE 0 END";
        var kinds = string.Join(", ", Kinds.Select(sql.Parameter));
        var text = $"""
            SELECT s."ChatflowId", s."Kind", {bucket}, SUM(s."Count"), SUM(s."Total")
            FROM "{db.TableOf<AnalyticsSummaryRecord>()}" s
            WHERE s."Kind" IN ({kinds}) AND {sql.QuarterHours(column, previousStart, end)}
            GROUP BY 1, 2, 3
            """;
        var sums = new Dictionary<string, Sums>();
        await sql.ReadAsync(text, row =>
        {
            var id = row.GetString(0);
            var sum = sums.GetValueOrDefault(id) ?? new Sums();
            sums[id] = sum;
            var period = AnalyticsSql.Long(row, 2);
            var count = AnalyticsSql.Long(row, 3);
            switch (row.GetString(1))
            {
                case FlowEventKinds.Started when period == 0:
                    sum.Previous += count;
                    break;
                case FlowEventKinds.Started:
                    sum.Week += count;
                    sum.Today += period == 2 ? count : 0;
                    break;
                case FlowEventKinds.HandedOff when period > 0:
                    sum.HandedOff += count;
                    break;
                case FlowEventKinds.SurveyRated when period > 0:
                    sum.Responses += count;
                    sum.Ratings += AnalyticsSql.Long(row, 4);
                    break;
            }
        }, cancellationToken);

        var chatflows = await db.Chatflows.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return [.. chatflows.Select(c => sums.GetValueOrDefault(c.Id) is { } s
            ? new ChatflowTrend(c.Id, c.Name, s.Today, s.Week, s.Previous, s.HandedOff, s.Responses, s.Ratings)
            : new ChatflowTrend(c.Id, c.Name, 0, 0, 0, 0, 0, 0))];
    }

    private sealed class Sums
    {
        public long Today { get; set; }

        public long Week { get; set; }

        public long Previous { get; set; }

        public long HandedOff { get; set; }

        public long Responses { get; set; }

        public long Ratings { get; set; }
    }
}
